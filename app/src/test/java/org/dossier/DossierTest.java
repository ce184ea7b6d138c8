package org.dossier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class DossierTest {
    @Test
    void aCaseFileGivenAloneIsOpened() {
        // as a file manager passes a double-clicked case (the installers' file association)
        assertArrayEquals(new String[] {"open", "/home/r/Leak.dossier"}, Dossier.arguments(new String[] {"/home/r/Leak.dossier"}));
        assertArrayEquals(new String[] {"open", "C:\\Cases\\LEAK.DOSSIER"}, Dossier.arguments(new String[] {"C:\\Cases\\LEAK.DOSSIER"}));
    }

    @Test
    void commandsAndOptionsAreLeftAsTheyAre() {
        String[][] unchanged = {{}, {"--version"}, {"open"}, {"stats", "leak.dossier"}, {"import", "leak.dossier", "dump"},
                {"notes.txt"}, {"--x.dossier"}};
        for (String[] args : unchanged) {
            assertArrayEquals(args, Dossier.arguments(args));
        }
    }
}
