package io.minispark.cli;

import picocli.CommandLine;

/** The version string {@code --version} prints. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"minispark " + (version == null ? "development build" : version),
                "Java " + System.getProperty("java.version")};
    }
}
