package io.cxmaturity.rest;

import java.nio.charset.StandardCharsets;

/**
 * Content-Disposition for downloads: an ASCII file name every browser accepts, and the real name (Cyrillic
 * round names, say) as RFC 5987/6266 {@code filename*}.
 */
final class Attachments {
    private Attachments() {
    }

    static String disposition(String name, String extension) {
        String ascii = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-").replaceAll("(^-|-$)", "");
        if (ascii.isEmpty()) {
            ascii = "cx-export";
        }
        return "attachment; filename=\"" + ascii + "." + extension + "\"; filename*=UTF-8''"
                + encode(name + "." + extension);
    }

    /** Percent-encodes everything outside RFC 5987's attr-char. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return out.toString();
    }
}
