package io.minispark.tpch;

import io.minispark.types.DataType;
import io.minispark.types.Field;
import io.minispark.types.Schema;
import io.trino.tpch.Customer;
import io.trino.tpch.LineItem;
import io.trino.tpch.Nation;
import io.trino.tpch.Order;
import io.trino.tpch.Part;
import io.trino.tpch.PartSupplier;
import io.trino.tpch.Region;
import io.trino.tpch.Supplier;
import io.trino.tpch.TpchEntity;
import io.trino.tpch.TpchTable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * The eight TPC-H tables as minispark sees them: standard column names, minispark types, and how each
 * column is read from a row of the dbgen port ({@code io.trino.tpch}).
 *
 * <p>Types: keys are INT, except the order keys, which are BIGINT because they are sparse and outgrow
 * INT first (about SF 90); dates are DATE; money, quantities and percentages are DECIMAL(15,2) built
 * from the generator's integer cents, so no value ever passes through a double; text is STRING.
 */
public final class TpchTables {
    /** The type of every money, quantity and percentage column, as the TPC-H schema declares them. */
    public static final DataType MONEY = DataType.decimal(15, 2);

    /** The tables, smallest first (the order they are generated and loaded in). */
    public static final List<Table<?>> ALL = List.of(region(), nation(), supplier(), customer(), part(), partSupp(), orders(),
            lineItem());

    private TpchTables() {
    }

    /** The table of that name (case-insensitive); IllegalArgumentException for an unknown name. */
    public static Table<?> byName(String name) {
        for (Table<?> table : ALL) {
            if (table.name().equalsIgnoreCase(name)) {
                return table;
            }
        }
        throw new IllegalArgumentException("unknown TPC-H table \"" + name + "\"; the tables are " + names());
    }

    public static List<String> names() {
        return ALL.stream().map(Table::name).toList();
    }

    /**
     * One column of a TPC-H table: its name, minispark type, and how to read its value from a generated
     * row. INT and DATE columns read an int (DATE as days since 1970-01-01), BIGINT and DECIMAL columns a
     * long (DECIMAL as the unscaled value, i.e. cents), STRING columns a String.
     */
    public sealed interface Column<E> {
        String name();

        DataType type();
    }

    /** An INT or DATE column. */
    public record IntColumn<E>(String name, DataType type, ToIntFunction<E> value) implements Column<E> {
    }

    /** A BIGINT column, or a DECIMAL column read as its unscaled value. */
    public record LongColumn<E>(String name, DataType type, ToLongFunction<E> value) implements Column<E> {
    }

    /** A STRING column. */
    public record StringColumn<E>(String name, Function<E, String> value) implements Column<E> {
        @Override
        public DataType type() {
            return DataType.STRING;
        }
    }

    /**
     * A TPC-H table: its name, the generator that produces its rows, and its columns in order.
     *
     * @param generator the dbgen port's table, which makes rows for a scale factor and a part of it
     */
    public record Table<E extends TpchEntity>(String name, TpchTable<E> generator, List<Column<E>> columns) {
        /** Every column NOT NULL, as the TPC-H specification declares them (and dbgen's schema does). */
        public Schema schema() {
            List<Field> fields = new ArrayList<>();
            for (Column<E> column : columns) {
                fields.add(new Field(column.name(), column.type(), false));
            }
            return new Schema(fields);
        }

        /** The column list DuckDB's CREATE TABLE takes, with the same types (DECIMAL(15,2), DATE, ...). */
        public String duckDbColumns() {
            List<String> parts = new ArrayList<>();
            for (Column<E> column : columns) {
                parts.add(column.name() + " " + duckDbType(column.type()) + " NOT NULL");
            }
            return String.join(", ", parts);
        }

        /** Rows of the table at a scale factor: exact for the fixed-size tables, within 0.01 % for lineitem. */
        public long approximateRows(double scaleFactor) {
            return switch (name) {
                case "region" -> 5;
                case "nation" -> 25;
                case "supplier" -> (long) (10_000 * scaleFactor);
                case "customer" -> (long) (150_000 * scaleFactor);
                case "part" -> (long) (200_000 * scaleFactor);
                case "partsupp" -> (long) (800_000 * scaleFactor);
                case "orders" -> (long) (1_500_000 * scaleFactor);
                case "lineitem" -> (long) (6_000_000 * scaleFactor);
                default -> throw new IllegalStateException(name);
            };
        }
    }

    static String duckDbType(DataType type) {
        return switch (type.kind()) {
            case INT -> "INTEGER";
            case BIGINT -> "BIGINT";
            case DATE -> "DATE";
            case STRING -> "VARCHAR";
            case DECIMAL -> type.toString();
            case DOUBLE -> "DOUBLE";
            default -> throw new IllegalArgumentException("no TPC-H column has type " + type);
        };
    }

    private static <E> IntColumn<E> key(String name, ToLongFunction<E> value) {
        // The generator hands out keys as longs; every key but the order key fits an INT at any sane scale.
        return new IntColumn<>(name, DataType.INT, row -> Math.toIntExact(value.applyAsLong(row)));
    }

    private static <E> IntColumn<E> integer(String name, ToIntFunction<E> value) {
        return new IntColumn<>(name, DataType.INT, value);
    }

    private static <E> IntColumn<E> date(String name, ToIntFunction<E> epochDays) {
        return new IntColumn<>(name, DataType.DATE, epochDays);
    }

    private static <E> LongColumn<E> money(String name, ToLongFunction<E> cents) {
        return new LongColumn<>(name, MONEY, cents);
    }

    private static <E> StringColumn<E> text(String name, Function<E, String> value) {
        return new StringColumn<>(name, value);
    }

    private static Table<Region> region() {
        return new Table<>("region", TpchTable.REGION, List.of(
                key("r_regionkey", Region::regionKey),
                text("r_name", Region::name),
                text("r_comment", Region::comment)));
    }

    private static Table<Nation> nation() {
        return new Table<>("nation", TpchTable.NATION, List.of(
                key("n_nationkey", Nation::nationKey),
                text("n_name", Nation::name),
                key("n_regionkey", Nation::regionKey),
                text("n_comment", Nation::comment)));
    }

    private static Table<Supplier> supplier() {
        return new Table<>("supplier", TpchTable.SUPPLIER, List.of(
                key("s_suppkey", Supplier::supplierKey),
                text("s_name", Supplier::name),
                text("s_address", Supplier::address),
                key("s_nationkey", Supplier::nationKey),
                text("s_phone", Supplier::phone),
                money("s_acctbal", Supplier::accountBalanceInCents),
                text("s_comment", Supplier::comment)));
    }

    private static Table<Customer> customer() {
        return new Table<>("customer", TpchTable.CUSTOMER, List.of(
                key("c_custkey", Customer::customerKey),
                text("c_name", Customer::name),
                text("c_address", Customer::address),
                key("c_nationkey", Customer::nationKey),
                text("c_phone", Customer::phone),
                money("c_acctbal", Customer::accountBalanceInCents),
                text("c_mktsegment", Customer::marketSegment),
                text("c_comment", Customer::comment)));
    }

    private static Table<Part> part() {
        return new Table<>("part", TpchTable.PART, List.of(
                key("p_partkey", Part::partKey),
                text("p_name", Part::name),
                text("p_mfgr", Part::manufacturer),
                text("p_brand", Part::brand),
                text("p_type", Part::type),
                integer("p_size", Part::size),
                text("p_container", Part::container),
                money("p_retailprice", Part::retailPriceInCents),
                text("p_comment", Part::comment)));
    }

    private static Table<PartSupplier> partSupp() {
        return new Table<>("partsupp", TpchTable.PART_SUPPLIER, List.of(
                key("ps_partkey", PartSupplier::partKey),
                key("ps_suppkey", PartSupplier::supplierKey),
                integer("ps_availqty", PartSupplier::availableQuantity),
                money("ps_supplycost", PartSupplier::supplyCostInCents),
                text("ps_comment", PartSupplier::comment)));
    }

    private static Table<Order> orders() {
        return new Table<>("orders", TpchTable.ORDERS, List.of(
                new LongColumn<>("o_orderkey", DataType.BIGINT, Order::orderKey),
                key("o_custkey", Order::customerKey),
                text("o_orderstatus", o -> String.valueOf(o.orderStatus())),
                money("o_totalprice", Order::totalPriceInCents),
                date("o_orderdate", Order::orderDate),
                text("o_orderpriority", Order::orderPriority),
                text("o_clerk", Order::clerk),
                integer("o_shippriority", Order::shipPriority),
                text("o_comment", Order::comment)));
    }

    private static Table<LineItem> lineItem() {
        return new Table<>("lineitem", TpchTable.LINE_ITEM, List.of(
                new LongColumn<>("l_orderkey", DataType.BIGINT, LineItem::orderKey),
                key("l_partkey", LineItem::partKey),
                key("l_suppkey", LineItem::supplierKey),
                integer("l_linenumber", LineItem::lineNumber),
                // Whole units from the generator; DECIMAL(15,2) as the schema declares, so times 100.
                money("l_quantity", l -> Math.multiplyExact(l.quantity(), 100L)),
                money("l_extendedprice", LineItem::extendedPriceInCents),
                // A discount of 4 percent is 0.04, whose unscaled value at scale 2 is 4.
                money("l_discount", LineItem::discountPercent),
                money("l_tax", LineItem::taxPercent),
                text("l_returnflag", LineItem::returnFlag),
                text("l_linestatus", LineItem::status),
                date("l_shipdate", LineItem::shipDate),
                date("l_commitdate", LineItem::commitDate),
                date("l_receiptdate", LineItem::receiptDate),
                text("l_shipinstruct", LineItem::shipInstructions),
                text("l_shipmode", LineItem::shipMode),
                text("l_comment", LineItem::comment)));
    }
}
