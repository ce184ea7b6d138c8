package org.dossier.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * Opens the archives Dossier unpacks itself (ZIP, TAR, and the single-file compressors gzip, bzip2
 * and xz, so that .tar.gz is gzip around TAR). Unpacking them here, rather than inside the
 * document parser, gives every entry its own hash, deduplication and place in the provenance
 * chain. Entry names are only ever recorded, never used as paths on disk.
 */
final class ArchiveReader {
    private static final Set<String> ARCHIVES = Set.of("application/zip", "application/x-tar");
    private static final Set<String> COMPRESSORS = Set.of(
            "application/gzip", "application/x-gzip", "application/x-bzip2", "application/x-xz");
    private static final List<Charset> ZIP_NAME_CHARSETS = List.of(
            StandardCharsets.UTF_8, Charset.forName("GB18030"), Charset.forName("IBM437"));

    /** Receives the entries of an archive, in the order they are stored. */
    interface EntryHandler {
        /** @param compressedSize the entry's size inside the archive, or -1 when unknown */
        void entry(String name, InputStream content, long compressedSize) throws IOException;

        /** An entry that cannot be read (encrypted, a link, an unsupported method). */
        void unreadable(String name, String reason) throws IOException;
    }

    private ArchiveReader() {
    }

    /** A ZIP opened for reading entries by name, for exports whose description is not stored first. */
    static final class NamedEntries implements AutoCloseable {
        private final ZipFile zip;
        private final java.util.Map<String, ZipArchiveEntry> entries = new java.util.LinkedHashMap<>();

        NamedEntries(Path file) throws IOException {
            zip = ZipFile.builder().setPath(file).get();
            Enumeration<ZipArchiveEntry> all = zip.getEntries();
            while (all.hasMoreElements()) {
                ZipArchiveEntry entry = all.nextElement();
                entries.put(zipEntryName(entry), entry);
            }
        }

        java.util.Set<String> names() {
            return entries.keySet();
        }

        /** The entry's content, or null when there is no such entry. */
        InputStream open(String name) throws IOException {
            ZipArchiveEntry entry = entries.get(name);
            return entry == null ? null : zip.getInputStream(entry);
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }

    static boolean isArchive(String mediaType) {
        return ARCHIVES.contains(mediaType) || COMPRESSORS.contains(mediaType);
    }

    static void read(Path archive, String name, String mediaType, EntryHandler handler) throws IOException {
        switch (mediaType) {
            case "application/zip" -> readZip(archive, handler);
            case "application/x-tar" -> {
                try (InputStream in = new BufferedInputStream(Files.newInputStream(archive))) {
                    readTar(new TarArchiveInputStream(in), handler);
                }
            }
            default -> readCompressed(archive, name, mediaType, handler);
        }
    }

    private static void readZip(Path archive, EntryHandler handler) throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(archive).get()) {
            Enumeration<ZipArchiveEntry> entries = zip.getEntriesInPhysicalOrder();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                String name = zipEntryName(entry);
                if (entry.isDirectory()) {
                    continue;
                }
                if (entry.isUnixSymlink()) {
                    handler.unreadable(name, "symbolic link inside the archive: not followed");
                } else if (entry.getGeneralPurposeBit().usesEncryption()) {
                    handler.unreadable(name, "encrypted archive entry: cannot be read without its password");
                } else if (!zip.canReadEntryData(entry)) {
                    handler.unreadable(name, "archive entry uses an unsupported compression method (" + entry.getMethod() + ")");
                } else {
                    try (InputStream in = zip.getInputStream(entry)) {
                        handler.entry(name, in, entry.getCompressedSize());
                    }
                }
            }
        }
    }

    private static void readTar(ArchiveInputStream<TarArchiveEntry> tar, EntryHandler handler) throws IOException {
        for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
            if (entry.isDirectory()) {
                continue;
            }
            if (entry.isSymbolicLink() || entry.isLink()) {
                handler.unreadable(entry.getName(), "link inside the archive (to " + entry.getLinkName() + "): not followed");
            } else if (!entry.isFile()) {
                handler.unreadable(entry.getName(), "special file inside the archive: nothing to read");
            } else {
                handler.entry(entry.getName(), tar, -1);
            }
        }
    }

    private static void readCompressed(Path file, String name, String mediaType, EntryHandler handler) throws IOException {
        long compressedSize = Files.size(file);
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file));
             InputStream in = switch (mediaType) {
                 case "application/x-bzip2" -> new BZip2CompressorInputStream(raw, true);
                 case "application/x-xz" -> new XZCompressorInputStream(raw, true);
                 default -> new GzipCompressorInputStream(raw, true);
             }) {
            handler.entry(decompressedName(name), in, compressedSize);
        }
    }

    /** "dump.tar.gz" holds "dump.tar"; "notes.gz" holds "notes". */
    static String decompressedName(String name) {
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return name.endsWith(".tgz") ? stem + ".tar" : stem;
    }

    /**
     * ZIP names carry no reliable encoding: tools in China write GBK without saying so. Take the
     * first of UTF-8, GB18030 and the ZIP standard's code page 437 that decodes the bytes cleanly.
     */
    private static String zipEntryName(ZipArchiveEntry entry) {
        if (entry.getGeneralPurposeBit().usesUTF8ForNames()) {
            return entry.getName();
        }
        byte[] raw = entry.getRawName();
        for (Charset charset : ZIP_NAME_CHARSETS) {
            try {
                return charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(raw)).toString();
            } catch (CharacterCodingException tryNext) {
                // not this encoding
            }
        }
        return entry.getName();
    }
}
