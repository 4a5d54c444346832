package io.minispark.tpch;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * The 22 TPC-H queries, in their standard text with the validation substitution parameters, read from
 * the resources {@code io/minispark/tpch/queries/q01.sql} ... {@code q22.sql}. Any dialect changes are
 * listed in a comment at the top of each file.
 */
public final class TpchQueries {
    public static final int COUNT = 22;

    private TpchQueries() {
    }

    /** Query numbers 1 to 22. */
    public static List<Integer> all() {
        return IntStream.rangeClosed(1, COUNT).boxed().toList();
    }

    /** The SQL text of query {@code number}, without the trailing semicolon. */
    public static String text(int number) {
        check(number);
        String resource = String.format(Locale.ROOT, "queries/q%02d.sql", number);
        try (InputStream in = TpchQueries.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            return text.endsWith(";") ? text.substring(0, text.length() - 1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The label used in reports: {@code Q01}. */
    public static String label(int number) {
        return String.format(Locale.ROOT, "Q%02d", number);
    }

    /** Whether the query's outermost SELECT has an ORDER BY, i.e. its row order is part of the answer. */
    public static boolean isOrdered(int number) {
        // Only the final clause list matters: an ORDER BY inside a subquery would not order the result,
        // and no TPC-H query has one there, so any ORDER BY in the text is the outer one.
        return text(number).toLowerCase(Locale.ROOT).matches("(?s).*\\border\\s+by\\b.*");
    }

    /**
     * Query numbers from a list such as {@code 1,3,6} or {@code 1-5,22}, sorted and without duplicates;
     * {@code all} (or null) is every query.
     */
    public static List<Integer> parseList(String text) {
        if (text == null || text.isBlank() || text.trim().equalsIgnoreCase("all")) {
            return all();
        }
        TreeSet<Integer> numbers = new TreeSet<>();
        for (String item : text.split(",")) {
            String part = item.trim().toLowerCase(Locale.ROOT).replaceFirst("^q", "");
            try {
                int dash = part.indexOf('-');
                if (dash > 0) {
                    int from = Integer.parseInt(part.substring(0, dash).trim());
                    int to = Integer.parseInt(part.substring(dash + 1).trim().replaceFirst("^q", ""));
                    for (int n = from; n <= to; n++) {
                        numbers.add(check(n));
                    }
                } else {
                    numbers.add(check(Integer.parseInt(part)));
                }
            } catch (NumberFormatException e) {
                throw new MinisparkException(ErrorCode.INVALID_ARGUMENT,
                        "\"" + item.trim() + "\" is not a query number; write e.g. 1,3,6 or 1-22");
            }
        }
        return new ArrayList<>(numbers);
    }

    private static int check(int number) {
        if (number < 1 || number > COUNT) {
            throw new MinisparkException(ErrorCode.INVALID_ARGUMENT, "TPC-H has queries 1 to 22, not " + number);
        }
        return number;
    }
}
