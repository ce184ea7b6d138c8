package org.dossier.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.dossier.ingest.chat.SlackExport;
import org.dossier.model.ReceivedFile;
import org.dossier.store.SourceLookup;

/**
 * Walks the folders and files given, in name order, and unpacks archives as it meets them: each
 * file goes to the parsers, each archive entry is copied out (hashed on the way) to a temporary
 * file first. Symbolic links are recorded, never followed, so nothing outside the dump is read.
 */
final class EvidenceWalker {
    static final int MAX_ARCHIVE_DEPTH = 10;
    /** An entry may unpack to this many times its packed size, or to the floor, whichever is larger. */
    static final long MAX_EXPANSION_RATIO = 100;
    static final long EXPANSION_FLOOR = 64L * 1024 * 1024;

    private final MediaTypeDetector detector;
    private final SourceLookup lookup;
    private final ImportQueues queues;
    private final Path tempDir;
    private final AtomicLong filesFound;

    EvidenceWalker(MediaTypeDetector detector, SourceLookup lookup, ImportQueues queues, Path tempDir, AtomicLong filesFound) {
        this.detector = detector;
        this.lookup = lookup;
        this.queues = queues;
        this.tempDir = tempDir;
        this.filesFound = filesFound;
    }

    /** Thrown inside archive reading when the outermost archive has unpacked all it may. */
    private static final class BudgetSpent extends RuntimeException {
        final long budget;

        BudgetSpent(long budget) {
            super(null, null, false, false);
            this.budget = budget;
        }
    }

    private static long outermostBudget(ArchiveProgress archive) {
        ArchiveProgress outermost = archive;
        while (outermost.parent != null) {
            outermost = outermost.parent;
        }
        return Math.max(EXPANSION_FLOOR, outermost.archive.size() * MAX_EXPANSION_RATIO);
    }

    private static String megabytes(long bytes) {
        return bytes < 1024 * 1024 ? bytes + " bytes" : (bytes >> 20) + " MB";
    }

    /** Thrown inside archive reading to stop at once when the import is cancelled. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    void walk(List<Path> roots) throws InterruptedException {
        for (Path root : roots) {
            if (queues.stopping()) {
                return;
            }
            visit(root.toAbsolutePath().normalize(), null);
        }
    }

    private void visit(Path path, SlackExport slack) throws InterruptedException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            unreadable(path.toString(), Files.exists(path, LinkOption.NOFOLLOW_LINKS)
                    ? "cannot be read: " + e.getMessage() : "no such file or folder", null);
            return;
        }
        if (attributes.isDirectory()) {
            visitFolder(path, slack);
        } else {
            visitFile(path, attributes, slack);
        }
    }

    private void visitFolder(Path folder, SlackExport slack) throws InterruptedException {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(children::add);
        } catch (IOException e) {
            unreadable(folder.toString(), "folder cannot be listed: " + e.getMessage(), null);
            return;
        }
        children.sort(null);
        if (slack == null) {
            Set<String> names = new HashSet<>();
            children.forEach(child -> names.add(child.getFileName().toString()));
            slack = slackExport(folder.toString(), "", names, name -> Files.newInputStream(folder.resolve(name)));
        }
        for (Path child : children) {
            if (queues.stopping()) {
                return;
            }
            visit(child, slack);
        }
    }

    /**
     * The Slack export whose description files (users.json and a conversation list) lie under
     * {@code prefix} among {@code names}, or null. A description that cannot be read is reported,
     * and the export's day files are then imported as plain documents.
     */
    private SlackExport slackExport(String rootPath, String prefix, Set<String> names, SlackExport.Files files)
            throws InterruptedException {
        if (!names.contains(prefix + SlackExport.USERS)
                || SlackExport.CONVERSATION_LISTS.stream().noneMatch(list -> names.contains(prefix + list))) {
            return null;
        }
        try {
            return SlackExport.read(rootPath, name -> names.contains(prefix + name) ? files.open(prefix + name) : null);
        } catch (IOException | RuntimeException e) {
            queues.report(new ImportResult.Problem(rootPath, "looks like a Slack export but its users or channels "
                    + "cannot be read (" + e.getMessage() + "): its messages are imported as plain documents"));
            return null;
        }
    }

    /** A Slack export stored as a ZIP: its description is read first, wherever the archive keeps it. */
    private SlackExport slackExportInZip(Path zip, String archivePath) throws InterruptedException {
        try (ArchiveReader.NamedEntries entries = new ArchiveReader.NamedEntries(zip)) {
            for (String name : entries.names()) {
                if (name.equals(SlackExport.USERS) || name.endsWith("/" + SlackExport.USERS)) {
                    String prefix = name.substring(0, name.length() - SlackExport.USERS.length());
                    String root = archivePath + "!" + (prefix.isEmpty() ? "" : "/" + prefix.substring(0, prefix.length() - 1));
                    SlackExport export = slackExport(root, prefix, entries.names(), entries::open);
                    if (export != null) {
                        return export;
                    }
                }
            }
        } catch (IOException unreadable) {
            // The unpacking that follows reports what is wrong with the archive.
        }
        return null;
    }

    private void visitFile(Path file, BasicFileAttributes attributes, SlackExport slack) throws InterruptedException {
        String path = file.toString();
        if (attributes.isSymbolicLink()) {
            unreadable(path, "symbolic link (to " + linkTarget(file) + "): not followed", null);
            return;
        }
        if (!attributes.isRegularFile()) {
            unreadable(path, "not a regular file (a device, pipe or socket): nothing to read", null);
            return;
        }
        long size = attributes.size();
        long mtime = attributes.lastModifiedTime().toMillis();
        if (lookup.isUnchanged(path, size, mtime)) {
            filesFound.incrementAndGet();
            queues.report(new ImportResult.Unchanged(path, size));
            return;
        }
        try {
            String mediaType = detector.detect(file, file.getFileName().toString());
            if (ArchiveReader.isArchive(mediaType)) {
                filesFound.incrementAndGet();
                Hashing.Copied digest = Hashing.digest(file);
                unpack(new ReceivedFile(path, file, digest.size(), mtime, digest.sha256(), mediaType), file, null, 0);
            } else {
                filesFound.incrementAndGet();
                queues.submit(new Candidate(path, file, file, size, mtime, null, mediaType, null, slack));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            unreadable(path, "cannot be read: " + e.getMessage(), null);
        }
    }

    private void unpack(ReceivedFile archiveFile, Path file, ArchiveProgress parent, int depth) throws InterruptedException {
        ArchiveProgress archive = new ArchiveProgress(parent, archiveFile,
                Math.max(EXPANSION_FLOOR, archiveFile.size() * MAX_EXPANSION_RATIO));
        if (lookup.contains(archiveFile.sha256())) {
            queues.report(new ImportResult.ArchiveOpened(archive, true));
            queues.report(new ImportResult.ArchiveSealed(archive));
            return;
        }
        queues.report(new ImportResult.ArchiveOpened(archive, false));
        SlackExport slack = "application/zip".equals(archiveFile.mediaType()) ? slackExportInZip(file, archiveFile.path()) : null;
        try {
            ArchiveReader.read(file, Candidate.nameOf(archiveFile.path()), archiveFile.mediaType(), new ArchiveReader.EntryHandler() {
                @Override
                public void entry(String name, InputStream content, long compressedSize) throws IOException {
                    onEntry(archive, archiveFile.path() + "!/" + name, content, compressedSize, depth, slack);
                }

                @Override
                public void unreadable(String name, String reason) {
                    archive.entryAdded();
                    reportOrStop(new ImportResult.Unreadable(archiveFile.path() + "!/" + name, reason, archive));
                }
            });
        } catch (Stopped stopped) {
            return; // left incomplete on purpose: the next import opens it again
        } catch (BudgetSpent spent) {
            queues.report(new ImportResult.Problem(archiveFile.path(), "refused: the archive unpacks to more than "
                    + megabytes(spent.budget) + " in all (a possible zip bomb); the entries before that were imported"));
        } catch (IOException | RuntimeException e) {
            queues.report(new ImportResult.Problem(archiveFile.path(), "archive is damaged or truncated: " + e.getMessage()
                    + " (entries before the damage were imported)"));
        }
        queues.report(new ImportResult.ArchiveSealed(archive));
    }

    private void onEntry(ArchiveProgress archive, String path, InputStream content, long compressedSize, int depth,
                         SlackExport slack) throws IOException {
        if (queues.stopping()) {
            throw new Stopped();
        }
        filesFound.incrementAndGet();
        archive.entryAdded();
        long remaining = archive.unpackBudget.get();
        if (remaining <= 0) {
            throw new BudgetSpent(outermostBudget(archive));
        }
        long entryLimit = compressedSize < 0 ? Long.MAX_VALUE : Math.max(EXPANSION_FLOOR, compressedSize * MAX_EXPANSION_RATIO);
        long limit = Math.min(entryLimit, remaining);
        Path temp = Files.createTempFile(tempDir, "entry-", ".bin");
        boolean handedOver = false;
        try {
            Hashing.Copied copied;
            try (OutputStream out = Files.newOutputStream(temp)) {
                copied = Hashing.copy(content, out, limit);
            } catch (Hashing.LimitExceeded e) {
                if (limit < entryLimit) {
                    archive.unpackBudget.set(0);
                    throw new BudgetSpent(outermostBudget(archive));
                }
                reportOrStop(new ImportResult.Unreadable(path, "refused: unpacks to more than " + megabytes(limit)
                        + " from " + megabytes(compressedSize) + " packed (a possible zip bomb)", archive));
                return;
            }
            archive.unpackBudget.addAndGet(-copied.size());
            String name = Candidate.nameOf(path);
            String mediaType = detector.detect(temp, name);
            ReceivedFile entry = new ReceivedFile(path, null, copied.size(), null, copied.sha256(), mediaType);
            if (!ArchiveReader.isArchive(mediaType)) {
                handedOver = submitOrStop(new Candidate(path, temp, null, copied.size(), null, copied.sha256(), mediaType,
                        archive, slack));
            } else if (depth + 1 >= MAX_ARCHIVE_DEPTH) {
                reportOrStop(new ImportResult.Unreadable(path, "archive nested more than " + MAX_ARCHIVE_DEPTH
                        + " levels deep: not opened", archive));
            } else {
                unpackNested(entry, temp, archive, depth + 1);
            }
        } finally {
            if (!handedOver) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private void unpackNested(ReceivedFile entry, Path temp, ArchiveProgress parent, int depth) {
        try {
            unpack(entry, temp, parent, depth);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    private void reportOrStop(ImportResult result) {
        try {
            queues.report(result);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    private boolean submitOrStop(Candidate candidate) {
        try {
            if (!queues.submit(candidate)) {
                throw new Stopped();
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    private void unreadable(String path, String reason, ArchiveProgress container) throws InterruptedException {
        filesFound.incrementAndGet();
        queues.report(new ImportResult.Unreadable(path, reason, container));
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "an unreadable target";
        }
    }
}
