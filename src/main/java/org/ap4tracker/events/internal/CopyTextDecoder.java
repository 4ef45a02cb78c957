package org.ap4tracker.events.internal;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Undoes the backslash escapes of COPY's text format ({@code \\}, {@code \n}, {@code \r}, {@code \t}, {@code \b},
 * {@code \f}, {@code \v}, and a backslash before any other byte standing for that byte) on the way to {@code out},
 * a block at a time. An escape split across two writes is finished by the next. Does not close
 * {@code out}: it is the response's.
 */
final class CopyTextDecoder extends OutputStream {

    private final OutputStream out;
    private boolean escaped;
    private byte[] decoded = new byte[8192];

    CopyTextDecoder(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (decoded.length < length) {
            decoded = new byte[length];
        }
        int size = 0;
        for (int at = offset, end = offset + length; at < end; at++) {
            byte b = bytes[at];
            if (escaped) {
                decoded[size++] = unescaped(b);
                escaped = false;
            }
            else if (b == '\\') {
                escaped = true;
            }
            else {
                decoded[size++] = b;
            }
        }
        out.write(decoded, 0, size);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    private static byte unescaped(byte b) {
        return switch (b) {
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'v' -> 0x0b;
            default -> b;
        };
    }
}
