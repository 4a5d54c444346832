package io.minispark.io.block;

import io.minispark.types.DataType;
import io.minispark.types.Field;
import io.minispark.types.PhysicalType;
import io.minispark.types.Schema;
import io.minispark.types.TypeKind;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes and decodes a block file footer: format version, schema, then per block its offset, row
 * count and per column chunk offset, length, checksum, null count, min and max. Types are stored by
 * name, not ordinal, so reordering the type enum never changes the meaning of old files; a DECIMAL is
 * stored as {@code DECIMAL(p,s)} and its statistics as unscaled longs.
 */
final class FooterCodec {
    private FooterCodec() {
    }

    /** The decoded footer. */
    record Footer(Schema schema, List<BlockMetadata> blocks) {
    }

    static ByteBuffer encode(Schema schema, List<BlockMetadata> blocks) {
        LittleEndianOutput out = new LittleEndianOutput();
        out.writeInt(BlockFileLayout.FORMAT_VERSION);
        out.writeInt(schema.size());
        for (Field field : schema.fields()) {
            out.writeString(field.name());
            out.writeString(typeName(field.type()));
            out.writeByte(field.nullable() ? 1 : 0);
        }
        out.writeInt(blocks.size());
        for (BlockMetadata block : blocks) {
            out.writeLong(block.offset());
            out.writeInt(block.rowCount());
            for (int c = 0; c < schema.size(); c++) {
                ChunkMetadata chunk = block.chunks().get(c);
                out.writeLong(chunk.offset());
                out.writeLong(chunk.length());
                out.writeInt(chunk.checksum());
                out.writeLong(chunk.statistics().nullCount());
                PhysicalType physical = schema.type(c).physical();
                writeBound(out, physical, chunk.statistics().min());
                writeBound(out, physical, chunk.statistics().max());
            }
        }
        return out.toBuffer();
    }

    /**
     * Decodes a footer. Throws {@link IllegalArgumentException} or a buffer exception on malformed
     * input; the caller turns those into a CORRUPT_FILE error naming the file.
     */
    static Footer decode(ByteBuffer in) {
        int version = in.getInt();
        if (version != BlockFileLayout.FORMAT_VERSION) {
            throw new IllegalArgumentException("unsupported format version " + version);
        }
        int columnCount = nonNegative(in.getInt(), "column count");
        List<Field> fields = new ArrayList<>(Math.min(columnCount, 4096));
        for (int c = 0; c < columnCount; c++) {
            String name = readString(in);
            DataType type = parseTypeName(readString(in));
            boolean nullable = in.get() != 0;
            fields.add(new Field(name, type, nullable));
        }
        Schema schema = new Schema(fields);
        int blockCount = nonNegative(in.getInt(), "block count");
        List<BlockMetadata> blocks = new ArrayList<>(Math.min(blockCount, 1 << 16));
        for (int b = 0; b < blockCount; b++) {
            long offset = in.getLong();
            int rows = nonNegative(in.getInt(), "row count");
            List<ChunkMetadata> chunks = new ArrayList<>(columnCount);
            for (int c = 0; c < columnCount; c++) {
                long chunkOffset = in.getLong();
                long length = in.getLong();
                int checksum = in.getInt();
                long nullCount = in.getLong();
                PhysicalType physical = schema.type(c).physical();
                Object min = readBound(in, physical);
                Object max = readBound(in, physical);
                if (chunkOffset < 0 || length < 0 || nullCount < 0 || nullCount > rows) {
                    throw new IllegalArgumentException("impossible chunk entry in block " + b);
                }
                chunks.add(new ChunkMetadata(chunkOffset, length, checksum, new ColumnStatistics(nullCount, min, max)));
            }
            blocks.add(new BlockMetadata(offset, rows, chunks));
        }
        if (in.hasRemaining()) {
            throw new IllegalArgumentException(in.remaining() + " unexpected bytes after the footer");
        }
        return new Footer(schema, blocks);
    }

    /**
     * A type as the footer names it: the kind's name, or {@code DECIMAL(p,s)}. Files without decimals
     * are byte for byte what earlier versions wrote, so the format version did not change.
     */
    static String typeName(DataType type) {
        return type.isDecimal() ? type.toString() : type.kind().name();
    }

    static DataType parseTypeName(String name) {
        if (name.startsWith("DECIMAL(")) {
            return DataType.parse(name);
        }
        return DataType.of(TypeKind.valueOf(name));
    }

    private static void writeBound(LittleEndianOutput out, PhysicalType physical, Object value) {
        if (value == null) {
            out.writeByte(0);
            return;
        }
        out.writeByte(1);
        switch (physical) {
            case BOOLEAN -> out.writeByte((Boolean) value ? 1 : 0);
            case INT -> out.writeInt((Integer) value);
            case LONG -> out.writeLong((Long) value);
            case DOUBLE -> out.writeLong(Double.doubleToRawLongBits((Double) value));
            case STRING -> out.writeString((String) value);
        }
    }

    private static Object readBound(ByteBuffer in, PhysicalType physical) {
        if (in.get() == 0) {
            return null;
        }
        return switch (physical) {
            case BOOLEAN -> in.get() != 0;
            case INT -> in.getInt();
            case LONG -> in.getLong();
            case DOUBLE -> Double.longBitsToDouble(in.getLong());
            case STRING -> readString(in);
        };
    }

    private static String readString(ByteBuffer in) {
        int length = nonNegative(in.getInt(), "string length");
        if (length > in.remaining()) {
            throw new IllegalArgumentException("string length " + length + " runs past the footer");
        }
        byte[] bytes = new byte[length];
        in.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static int nonNegative(int value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException("negative " + what + " " + value);
        }
        return value;
    }
}
