package org.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dossier.store.CaseFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dossier works offline: importing every kind of file it ships with asks for no network
 * connection. Java routes every URL connection (http, https, ftp) through the default
 * ProxySelector first, so a selector that records and refuses sees any attempt.
 */
class NoNetworkTest {
    @TempDir
    Path dir;

    @Test
    void importingEverythingBundledOpensNoConnection() throws Exception {
        List<URI> attempts = new CopyOnWriteArrayList<>();
        ProxySelector previous = ProxySelector.getDefault();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                attempts.add(uri);
                throw new IllegalStateException("Dossier tried to reach " + uri);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException e) {
                attempts.add(uri);
            }
        });
        try (CaseFile caseFile = ImportFixture.newCase(dir.resolve("offline.dossier"))) {
            ImportFixture.importInto(caseFile,
                    Path.of("..", "sample-evidence").toAbsolutePath().normalize(),
                    ImportFixture.fixture("MANIFEST.txt").getParent(),
                    Path.of(getClass().getResource("/fixtures/chat-exports").toURI()),
                    Path.of(getClass().getResource("/chat").toURI()));
        } finally {
            ProxySelector.setDefault(previous);
        }
        assertEquals(List.of(), attempts);
    }
}
