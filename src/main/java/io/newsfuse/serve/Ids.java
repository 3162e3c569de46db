package io.newsfuse.serve;

import io.javalin.http.BadRequestResponse;
import java.util.regex.Pattern;

/** Checks ids taken from URLs: only lower-case hex is accepted, so no id can name anything but a record. */
final class Ids {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{1,64}");

    private Ids() {}

    /** The id itself when it is hex, else a 400 answer. */
    static String hex(String raw) {
        if (raw == null || !HEX.matcher(raw).matches()) {
            throw new BadRequestResponse("invalid id: expected lower-case hexadecimal");
        }
        return raw;
    }
}
