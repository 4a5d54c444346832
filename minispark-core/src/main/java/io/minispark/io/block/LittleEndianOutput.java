package io.minispark.io.block;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable little-endian byte buffer for small structures such as the footer. */
final class LittleEndianOutput {
    private ByteBuffer buffer = ByteBuffer.allocate(1024).order(ByteOrder.LITTLE_ENDIAN);

    private void ensure(int bytes) {
        if (buffer.remaining() < bytes) {
            int capacity = Math.max(buffer.capacity() * 2, buffer.position() + bytes);
            ByteBuffer grown = ByteBuffer.wrap(Arrays.copyOf(buffer.array(), capacity)).order(ByteOrder.LITTLE_ENDIAN);
            grown.position(buffer.position());
            buffer = grown;
        }
    }

    void writeByte(int value) {
        ensure(1);
        buffer.put((byte) value);
    }

    void writeInt(int value) {
        ensure(4);
        buffer.putInt(value);
    }

    void writeLong(long value) {
        ensure(8);
        buffer.putLong(value);
    }

    void writeString(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        writeInt(bytes.length);
        ensure(bytes.length);
        buffer.put(bytes);
    }

    /** The bytes written so far, ready to be read. */
    ByteBuffer toBuffer() {
        return ByteBuffer.wrap(buffer.array(), 0, buffer.position()).order(ByteOrder.LITTLE_ENDIAN);
    }
}
