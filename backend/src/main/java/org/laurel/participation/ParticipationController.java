package org.laurel.participation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.laurel.entries.InstitutionKind;
import org.laurel.participation.ParticipationView.Alias;
import org.laurel.participation.ParticipationView.AliasList;
import org.laurel.shared.ExportLabels;
import org.laurel.shared.Principals;
import org.laurel.shared.ReaderLanguage;
import org.laurel.shared.TableExport;

/** Who took part in a program, for its organizers: the figures, their export, the aliases behind them. */
@Tag(name = "Participation")
@SecurityRequirement(name = "bearer")
@org.laurel.shared.ProblemResponses
@Controller("/api/programs/{programId}")
@Secured("ORGANIZER")
@ExecuteOn(TaskExecutors.BLOCKING)
class ParticipationController {

    private final ParticipationService participation;
    private final ReaderLanguage reader;

    ParticipationController(ParticipationService participation, ReaderLanguage reader) {
        this.participation = participation;
        this.reader = reader;
    }

    @Operation(summary = "Teams, people and institutions by kind, category, region and day")
    @Get("/participation")
    ParticipationView figures(long programId, Authentication auth) {
        return participation.figures(programId, Principals.id(auth));
    }

    @Operation(summary = "The participation figures as CSV or XLSX (one table, a section per figure)")
    @Get("/participation/export")
    HttpResponse<StreamedFile> export(long programId, @Nullable @QueryValue String format, Authentication auth) {
        String f = TableExport.format(format);
        ParticipationView v = participation.figures(programId, Principals.id(auth));
        ExportLabels l = ExportLabels.of(reader.current());
        List<List<String>> rows = new ArrayList<>();
        rows.add(row(l.get("section.total"), "", "", v.teams(), v.people()));
        rows.add(row(l.get("section.unaffiliated"), "", "", null, v.unaffiliated()));
        for (InstitutionKind k : InstitutionKind.values()) {
            rows.add(row(
                    l.get("section.kind"),
                    "",
                    l.value("institutionKind", k),
                    null,
                    v.institutions().get(k)));
        }
        for (InstitutionKind k : InstitutionKind.values()) {
            rows.add(row(
                    l.get("section.distinct"),
                    "",
                    l.value("institutionKind", k),
                    v.distinctInstitutions().get(k),
                    null));
        }
        v.byCategory()
                .forEach(c -> rows.add(
                        row(l.get("section.category"), c.name() == null ? "" : c.name(), "", c.teams(), c.people())));
        v.regions().forEach(r -> rows.add(row(l.get("section.region"), r.region(), "", r.teams(), r.people())));
        v.overTime().forEach(d -> rows.add(row(l.get("section.day"), d.date().toString(), "", d.teams(), null)));
        v.topInstitutions()
                .forEach(i -> rows.add(row(
                        l.get("section.institution"),
                        i.name(),
                        l.value("institutionKind", i.kind()),
                        i.teams(),
                        i.people())));
        List<String> header = List.of(
                l.get("col.section"), l.get("col.name"), l.get("col.kind"), l.get("col.teams"), l.get("col.people"));
        return TableExport.download("participation-" + programId, f, l.get("sheet.participation"), header, sink -> {
            for (List<String> r : rows) {
                sink.row(r);
            }
            sink.flush();
        });
    }

    @Operation(summary = "The institution aliases that fold names together (e.g. 清华大学 = Tsinghua University)")
    @Get("/institution-aliases")
    Map<String, List<Alias>> aliases(long programId, Authentication auth) {
        return Map.of("aliases", participation.aliases(programId, Principals.id(auth)));
    }

    @Operation(summary = "Replace the institution aliases")
    @Put("/institution-aliases")
    Map<String, List<Alias>> replaceAliases(long programId, @Valid @Body AliasList body, Authentication auth) {
        return Map.of("aliases", participation.replaceAliases(programId, body.aliases(), Principals.id(auth)));
    }

    private static List<String> row(
            String section, String name, String kind, @Nullable Integer teams, @Nullable Integer people) {
        return List.of(
                section, name, kind, teams == null ? "" : teams.toString(), people == null ? "" : people.toString());
    }
}
