package io.minispark.cli;

/** Entry point of the {@code minispark} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("minispark");
    }
}
