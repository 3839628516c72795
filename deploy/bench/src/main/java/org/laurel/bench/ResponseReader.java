package org.laurel.bench;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Collects the bytes of one HTTP/1.1 response as they arrive on a non-blocking socket and says
 * when it is complete (Content-Length or chunked body). One request is in flight per
 * connection, so there is never a second response behind the first to keep.
 */
final class ResponseReader {

    record Response(int status, String body, boolean close) {}

    private byte[] buf = new byte[8192];
    private int len;

    void reset() {
        len = 0;
    }

    boolean isEmpty() {
        return len == 0;
    }

    /** Appends what the socket delivered (the buffer is in read mode). */
    void add(ByteBuffer bytes) {
        int n = bytes.remaining();
        if (len + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }
        bytes.get(buf, len, n);
        len += n;
    }

    /** The response when all of it has arrived, else null. Throws IllegalStateException on garbage. */
    Response complete() {
        int headEnd = indexOf(buf, len, 0);
        if (headEnd < 0) {
            return null;
        }
        String head = new String(buf, 0, headEnd, StandardCharsets.ISO_8859_1);
        String[] lines = head.split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/1.")) {
            throw new IllegalStateException("not an HTTP response: " + Json.abbreviate(lines[0]));
        }
        int status = Integer.parseInt(statusLine[1]);
        long contentLength = -1;
        boolean chunked = false;
        boolean close = statusLine[0].equals("HTTP/1.0");
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = lines[i].substring(colon + 1).trim().toLowerCase(Locale.ROOT);
            switch (name) {
                case "content-length" -> contentLength = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.contains("chunked");
                case "connection" -> close = value.contains("close") || (close && !value.contains("keep-alive"));
                default -> { }
            }
        }
        int bodyStart = headEnd + 4;
        if (chunked) {
            return chunked(status, bodyStart, close);
        }
        if (contentLength < 0) {
            contentLength = 0; // no length and not chunked: only bodiless answers are expected here
        }
        if (len - bodyStart < contentLength) {
            return null;
        }
        return new Response(status, new String(buf, bodyStart, (int) contentLength, StandardCharsets.UTF_8), close);
    }

    private Response chunked(int status, int at, boolean close) {
        byte[] out = new byte[0];
        int outLen = 0;
        while (true) {
            int lineEnd = indexOfCrlf(at);
            if (lineEnd < 0) {
                return null;
            }
            String sizeText = new String(buf, at, lineEnd - at, StandardCharsets.ISO_8859_1);
            int semicolon = sizeText.indexOf(';');
            int size = Integer.parseInt((semicolon < 0 ? sizeText : sizeText.substring(0, semicolon)).trim(), 16);
            at = lineEnd + 2;
            if (size == 0) {
                // No trailers are expected: the terminating empty line follows at once.
                if (len - at < 2) {
                    return null;
                }
                return new Response(status, new String(out, 0, outLen, StandardCharsets.UTF_8), close);
            }
            if (len - at < size + 2) {
                return null;
            }
            if (outLen + size > out.length) {
                out = Arrays.copyOf(out, Math.max(out.length * 2, outLen + size));
            }
            System.arraycopy(buf, at, out, outLen, size);
            outLen += size;
            at += size + 2;
        }
    }

    private int indexOfCrlf(int from) {
        for (int i = from; i + 1 < len; i++) {
            if (buf[i] == '\r' && buf[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] b, int len, int from) {
        for (int i = from; i + 3 < len; i++) {
            if (b[i] == '\r' && b[i + 1] == '\n' && b[i + 2] == '\r' && b[i + 3] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
