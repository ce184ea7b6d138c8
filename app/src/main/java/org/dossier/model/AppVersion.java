package org.dossier.model;

/** The running Dossier's version, as Maven wrote it into the jar manifest. */
public final class AppVersion {
    private AppVersion() {
    }

    public static String current() {
        String version = AppVersion.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
