package org.dossier.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.dossier.model.Actor;
import org.dossier.model.CaseName;
import org.slf4j.LoggerFactory;

/**
 * What the window remembers between runs: its size and place, its dividers, the recent cases (the
 * last first), and who is working (name and role). A properties file in the user's Dossier folder, written whenever something changes.
 */
public final class Settings {
    private static final int RECENT = 8;

    private final Path file;
    private final Properties values = new Properties();

    public Settings(Path home) {
        this.file = home.resolve("window.properties");
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException e) {
                LoggerFactory.getLogger(Settings.class).warn("cannot read {}; starting with defaults", file, e);
            }
        }
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public double number(String key, double otherwise) {
        try {
            return Double.parseDouble(values.getProperty(key, ""));
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    public void setNumber(String key, double value) {
        values.setProperty(key, Double.toString(value));
        save();
    }

    /** Who worked last on this computer, if anyone said. */
    public java.util.Optional<Actor> actor() {
        String name = values.getProperty("actor.name", "");
        try {
            return name.isBlank() ? java.util.Optional.empty()
                    : java.util.Optional.of(new Actor(name, Actor.Role.valueOf(values.getProperty("actor.role", "REPORTER"))));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    public void setActor(Actor actor) {
        values.setProperty("actor.name", actor.name());
        values.setProperty("actor.role", actor.role().name());
        save();
    }

    /** The cases opened last, newest first: case files that are still there, and team cases' addresses. */
    public List<String> recentCases() {
        String joined = values.getProperty("recent", "");
        return joined.isEmpty() ? List.of()
                : Arrays.stream(joined.split("\n")).filter(where -> CaseName.isTeamCase(where) || Files.isRegularFile(Path.of(where))).toList();
    }

    public void opened(String caseName) {
        List<String> recent = new ArrayList<>(recentCases());
        String named = CaseName.isTeamCase(caseName) ? caseName : Path.of(caseName).toAbsolutePath().normalize().toString();
        recent.remove(named);
        recent.add(0, named);
        values.setProperty("recent", String.join("\n", recent.subList(0, Math.min(RECENT, recent.size()))));
        save();
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                values.store(out, "Dossier's window: size, layout, recent cases, who is working");
            }
        } catch (IOException e) {
            LoggerFactory.getLogger(Settings.class).warn("cannot save {}", file, e);
        }
    }
}
