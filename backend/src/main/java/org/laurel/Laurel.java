package org.laurel;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

@OpenAPIDefinition(
        info =
                @Info(
                        title = "Laurel",
                        version = "0.1",
                        description =
                                "Award and competition judging: programs, entries, judging rounds, live roadshow, winners."))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class Laurel {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("storage-copy")) {
            System.exit(org.laurel.storage.StorageCopy.run(System.out));
        }
        if (args.length > 0 && args[0].equals("verify")) {
            // Offline: no server, no database; only the bundle file and the aggregation engine.
            System.exit(org.laurel.judging.Verifier.run(java.util.List.of(args).subList(1, args.length), System.out));
        }
        Micronaut.build(args).mainClass(Laurel.class).banner(false).start();
    }
}
