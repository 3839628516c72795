package org.laurel.shared;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Content-Disposition for downloads: an ASCII fallback name plus the exact UTF-8 name (RFC 6266). */
public final class Downloads {

    private Downloads() {}

    public static String attachment(String fileName) {
        return disposition("attachment", fileName);
    }

    /** Shown in the browser (a certificate PDF), with the same name if saved. */
    public static String inline(String fileName) {
        return disposition("inline", fileName);
    }

    private static String disposition(String kind, String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return kind + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
