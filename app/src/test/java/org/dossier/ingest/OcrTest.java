package org.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.dossier.CaseChecks;
import org.dossier.app.Services;
import org.dossier.export.ExportService;
import org.dossier.ingest.chat.ChatOptions;
import org.dossier.ingest.ocr.OcrException;
import org.dossier.ingest.ocr.Tesseract;
import org.dossier.intake.IntakeService;
import org.dossier.model.Actor;
import org.dossier.model.Evidence.EvidenceKind;
import org.dossier.model.Evidence.Stance;
import org.dossier.model.NewEvidence;
import org.dossier.model.OcrPage;
import org.dossier.model.OcrPicture;
import org.dossier.model.SearchHit;
import org.dossier.model.Span;
import org.dossier.reading.ReadingService;
import org.dossier.search.SearchService;
import org.dossier.store.CaseBrowser;
import org.dossier.store.CaseFile;
import org.dossier.store.Originals;
import org.dossier.text.SimplifiedHan;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OCR behind the import (issue #24), with the Tesseract this machine has: skipped, with the reason
 * printed, where it has none or lacks a language. Pictures drawn here, whose text is known exactly,
 * measure the character error rate; real scans from third parties (fixtures/ocr/MANIFEST.txt) and
 * the drawn ones must be found by search after an import.
 */
class OcrTest {
    private static final String LANGUAGES = "eng+chi_sim+chi_tra";
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static Tesseract tesseract;

    @TempDir
    Path dir;

    private static CaseOcr.Readiness readiness;

    @BeforeAll
    static void findTesseract() {
        readiness = CaseOcr.readiness(LANGUAGES);
        if (!readiness.ready()) {
            System.out.println("OCR tests skipped: " + readiness.problem());
        }
    }

    /** Each test is reported skipped, with the reason, where this machine cannot OCR. */
    @BeforeEach
    void needsTesseract() {
        Assumptions.assumeTrue(readiness.ready(), () -> "OCR tests skipped: " + readiness.problem());
        tesseract = readiness.engine().orElseThrow();
    }

    @Test
    void cleanEnglishReadsWithFewerThanFivePercentOfCharactersWrong() throws Exception {
        List<String> lines = List.of("Project Seed used the API to generate training data.",
                "OpenAI suspended the account on 15 December 2023.", "Tidewater Logistics AB paid invoice INV-4821.");
        assertCleanRenderIsRead(lines, RenderedText.font(String.join("", lines), 40, "DejaVu Serif", "Liberation Serif", "Serif"));
    }

    @Test
    void cleanSimplifiedChineseReadsWithFewerThanFivePercentOfCharactersWrong() throws Exception {
        List<String> lines = List.of("字节跳动在开发自己的大模型时使用了接口。", "账号已被停用，请不要再用公司账号。", "模型评测数据由周明整理。");
        assertCleanRenderIsRead(lines, RenderedText.font(String.join("", lines), 44, "Noto Sans CJK SC", "Noto Serif CJK SC",
                "WenQuanYi Zen Hei"));
    }

    @Test
    void cleanTraditionalChineseReadsWithFewerThanFivePercentOfCharactersWrong() throws Exception {
        List<String> lines = List.of("字節跳動的帳號已被停用。", "微軟與開放人工智慧的發言人回應了。", "這份評測報告由陳立撰寫。");
        assertCleanRenderIsRead(lines, RenderedText.font(String.join("", lines), 44, "Noto Sans CJK TC", "Noto Serif CJK TC"));
    }

    private void assertCleanRenderIsRead(List<String> lines, Font font) throws IOException, OcrException {
        Path picture = RenderedText.page(dir.resolve("clean.png"), lines, font, 0, 0);
        OcrPage read = onlyPage(tesseract.read(picture, LANGUAGES, Duration.ofMinutes(2)));
        double errors = RenderedText.characterErrorRate(read.text(), String.join("\n", lines));
        System.out.printf("OCR character error rate, clean render in %s: %.3f%n", font.getFamily(), errors);
        assertTrue(errors < 0.05, String.format("%.3f of the characters wrong: %s", errors, read.text()));
        assertEquals(lines.size(), read.text().lines().filter(line -> !line.isBlank()).count(), "one line of text for each line drawn: " + read.text());
    }

    @Test
    void aSpeckledTurnedScanIsFoundBySearchAfterImportByEachDistinctiveWord() throws Exception {
        List<String> english = List.of("Memo: Tidewater Logistics AB", "Wire transfer approved by Marcus Hale");
        List<String> chinese = List.of("字节跳动 项目群 合同", "周明 已确认付款");
        RenderedText.page(dump().resolve("scan-en.png"), english, RenderedText.font(String.join("", english), 40, "DejaVu Serif",
                "Liberation Serif", "Serif"), 0.002, 2);
        RenderedText.page(dump().resolve("scan-zh.png"), chinese, RenderedText.font(String.join("", chinese), 44, "Noto Sans CJK SC",
                "Noto Serif CJK SC"), 0.002, -1.5);
        try (CaseFile caseFile = importWithOcr()) {
            for (String word : List.of("Tidewater", "Logistics", "Marcus Hale", "transfer", "字节跳动", "项目群", "合同", "周明", "付款")) {
                assertFalse(hits(caseFile, word).isEmpty(), word + " is not found; the case holds " + ocrTexts(caseFile));
            }
            assertTrue(hits(caseFile, "字節跳動").stream().anyMatch(hit -> hit.title().equals("scan-zh.png (OCR)")),
                    "the other script finds the OCR text too");
        }
    }

    @Test
    void realScansFromThirdPartiesAreFoundBySearchWithEachWordsBox() throws Exception {
        Files.copy(FIXTURES.resolve("ocr/phototest.tif"), dump().resolve("phototest.tif"));
        Files.copy(FIXTURES.resolve("ocr/phototest-rotated-R.png"), dump().resolve("phototest-rotated-R.png"));
        Files.copy(FIXTURES.resolve("documents/testOCR.png"), dump().resolve("testOCR.png"));
        Files.copy(FIXTURES.resolve("ocr/zh-sim-web-faq-screenshot.jpg"), dump().resolve("zh-sim-web-faq-screenshot.jpg"));
        Files.copy(FIXTURES.resolve("ocr/zh-tra-forwarded-message-screenshot.jpg"), dump().resolve("zh-tra-forwarded-message-screenshot.jpg"));
        try (CaseFile caseFile = importWithOcr()) {
            for (String phrase : List.of("执行提供者", "回落到CPU操作", "性能速度的下降", "verbose日志")) {
                assertEquals(List.of("zh-sim-web-faq-screenshot.jpg (OCR)"), titles(hits(caseFile, phrase)), phrase);
            }
            for (String phrase : List.of("衛福部長", "端午節", "後遺症", "特效藥", "陳時中")) {
                assertEquals(List.of("zh-tra-forwarded-message-screenshot.jpg (OCR)"), titles(hits(caseFile, phrase)), phrase);
            }
            // The page and the same page turned a quarter read alike: near-copies, one hit for both.
            List<SearchHit> page = hits(caseFile, "\"quick brown dog jumped\"");
            assertEquals(1, page.size(), page.toString());
            assertEquals(2, page.get(0).copies());
            assertEquals(List.of("phototest-rotated-R.png (OCR)", "phototest.tif (OCR)"), titlesWithCopies(caseFile, page),
                    "a page turned a quarter is read upright: " + ocrTexts(caseFile));
            assertEquals(List.of("testOCR.png (OCR)"), titles(hits(caseFile, "contains")));
            String box = CaseChecks.query(caseFile.path(), """
                    SELECT w.x || ',' || w.y || ',' || w.width || ',' || w.height || ',' || substr(i.text, w.start + 1, w.end - w.start)
                    FROM ocr_words w JOIN items i ON i.id = w.item_id WHERE i.title = 'testOCR.png (OCR)' AND i.text LIKE '%contains%'
                      AND substr(i.text, w.start + 1, w.end - w.start) = 'contains'""");
            String[] parts = box.split(",");
            assertEquals("contains", parts[4], "the word's span in the text");
            assertTrue(Integer.parseInt(parts[0]) > 0 && Integer.parseInt(parts[2]) > 0 && Integer.parseInt(parts[0]) + Integer.parseInt(parts[2]) <= 982,
                    "its box lies on the 982-pixel-wide picture: " + box);
            assertEquals("tesseract " + tesseract.engine().substring("tesseract ".length()) + "|" + LANGUAGES,
                    CaseChecks.query(caseFile.path(), "SELECT engine || '|' || languages FROM ocr_pages WHERE page = 1 LIMIT 1"),
                    "the provenance names the engine, its version and the languages");
        }
    }

    @Test
    void aScannedPdfIsReadPageByPageAndEachPageIsFoundBySearch() throws Exception {
        Files.copy(FIXTURES.resolve("documents/testOCR.pdf"), dump().resolve("testOCR.pdf"));
        List<String> english = List.of("Board minutes: Halvorsen Shipping");
        List<String> chinese = List.of("董事会纪要：海辰动力");
        RenderedText.pdf(dump().resolve("scan.pdf"),
                RenderedText.page(dir.resolve("p1.png"), english, RenderedText.font(english.get(0), 40, "DejaVu Serif", "Serif"), 0.001, 0.5),
                RenderedText.page(dir.resolve("p2.png"), chinese, RenderedText.font(chinese.get(0), 44, "Noto Sans CJK SC",
                        "Noto Serif CJK SC"), 0.001, -0.5));
        try (CaseFile caseFile = importWithOcr()) {
            assertEquals(List.of("testOCR.pdf (OCR)"), titles(hits(caseFile, "\"Happy New Year\"")), "Tika's scanned PDF, one page");
            assertEquals(List.of("scan.pdf, page 1 (OCR)"), titles(hits(caseFile, "Halvorsen")));
            // (the name after the colon, 海辰动力, is misread with English among the languages: Tesseract's, seen and left)
            assertEquals(List.of("scan.pdf, page 2 (OCR)"), titles(hits(caseFile, "董事会纪要")), ocrTexts(caseFile));
            assertEquals("3", CaseChecks.query(caseFile.path(), "SELECT count(*) FROM ocr_pages WHERE status = 'read'"));
            assertEquals("ocr:2", CaseChecks.query(caseFile.path(), "SELECT locator FROM items WHERE title = 'scan.pdf, page 2 (OCR)'"));
        }
    }

    @Test
    void eachPageOfAFaxedTiffIsItsOwnTextWithItsOwnBoxes() throws Exception {
        Font font = RenderedText.font("Fax cover Halvorsen", 40, "DejaVu Serif", "Liberation Serif", "Serif");
        RenderedText.tiff(dump().resolve("fax.tif"),
                RenderedText.page(dir.resolve("f1.png"), List.of("Fax cover sheet for Halvorsen"), font, 0, 0),
                RenderedText.page(dir.resolve("f2.png"), List.of("Second page: wire instructions"), font, 0, 0));
        try (CaseFile caseFile = importWithOcr()) {
            assertEquals(List.of("fax.tif, page 1 (OCR)"), titles(hits(caseFile, "Halvorsen")));
            assertEquals(List.of("fax.tif, page 2 (OCR)"), titles(hits(caseFile, "wire instructions")));
            assertEquals("ocr:2", CaseChecks.query(caseFile.path(), "SELECT locator FROM items WHERE title = 'fax.tif, page 2 (OCR)'"));
        }
    }

    @Test
    void aPictureAttachedToAnEmailOrInAWordFileIsReadAndFoundBySearch() throws Exception {
        Font font = RenderedText.font("Wire instructions Halvorsen", 40, "DejaVu Serif", "Liberation Serif", "Serif");
        byte[] attached = Files.readAllBytes(RenderedText.page(dir.resolve("att.png"), List.of("Wire instructions for Halvorsen"), font, 0, 0));
        byte[] pasted = Files.readAllBytes(RenderedText.page(dir.resolve("doc.png"), List.of("Quarterly ledger of Brannock"), font, 0, 0));
        RenderedText.mail(dump().resolve("wire.eml"), "wire.png", attached);
        try (XWPFDocument word = new XWPFDocument(); var out = Files.newOutputStream(dump().resolve("ledger.docx"))) {
            word.createParagraph().createRun().setText("The ledger is pasted below.");
            word.createParagraph().createRun().addPicture(new java.io.ByteArrayInputStream(pasted), Document.PICTURE_TYPE_PNG,
                    "ledger.png", Units.toEMU(700), Units.toEMU(120));
            word.write(out);
        }
        try (CaseFile caseFile = importWithOcr()) {
            assertEquals(List.of("wire.eml › wire.png (OCR)"), titles(hits(caseFile, "Halvorsen")), ocrTexts(caseFile));
            assertEquals(List.of("ledger.docx › image1.png (OCR)"), titles(hits(caseFile, "Brannock")), ocrTexts(caseFile));
            assertEquals("/1/ocr", CaseChecks.query(caseFile.path(),
                    "SELECT locator FROM items WHERE title = 'wire.eml › wire.png (OCR)'"), "after its part's locator");
            assertEquals("0", String.valueOf(CaseOcr.waiting(caseFile)), "each part read once");
            long ocrItem = Long.parseLong(CaseChecks.query(caseFile.path(), "SELECT id FROM items WHERE title = 'wire.eml › wire.png (OCR)'"));
            try (CaseBrowser browser = CaseBrowser.of(caseFile)) {
                OcrPicture picture = browser.ocrPicture(ocrItem).orElseThrow();
                assertArrayEquals(attached, EvidencePicture.page(Originals.of(caseFile), picture, 1, (file, frame) -> Files.readAllBytes(file)),
                        "the attachment, copied out of the mail again for the reader and the exports");
            }
        }
    }

    @Test
    void aChatScreenshotKeepsEachBubblesWordsTogetherAndInOrder() throws Exception {
        List<RenderedText.Bubble> bubbles = List.of(
                new RenderedText.Bubble("陈立", "账号已被停用", false),
                new RenderedText.Bubble("Marcus Hale", "Which org was suspended?", true),
                new RenderedText.Bubble("陈立", "我们的测试账号", false),
                new RenderedText.Bubble("Marcus Hale", "Tell legal before Friday", true));
        Font font = RenderedText.font("账号已被停用我们的测试陈立Which org", 40, "Noto Sans CJK SC", "Noto Serif CJK SC");
        OcrPage read = onlyPage(tesseract.read(RenderedText.chat(dir.resolve("chat.png"), bubbles, font), LANGUAGES, Duration.ofMinutes(2)));
        // Read in both Chinese scripts, a Simplified bubble may come out Traditional (账号 as 賬號), as search folds them
        // (and a capital letter may be misread: this is about order, the error rate is measured above)
        String text = SimplifiedHan.of(read.text().replaceAll("[ \\t]+", " ")).toLowerCase(java.util.Locale.ROOT);
        int last = -1;
        for (RenderedText.Bubble bubble : bubbles) {
            int at = text.indexOf(bubble.text().toLowerCase(java.util.Locale.ROOT));
            assertTrue(at > last, "\"" + bubble.text() + "\" should follow the bubble before it, on one line: " + read.text());
            last = at;
        }
    }

    @Test
    void picturesInsideArchivesAreUnpackedAgainAndRead() throws Exception {
        byte[] scan = Files.readAllBytes(FIXTURES.resolve("documents/testOCR.png"));
        byte[] screenshot = Files.readAllBytes(FIXTURES.resolve("ocr/zh-tra-forwarded-message-screenshot.jpg"));
        Path inner = ImportFixture.zip(dir.resolve("inner.zip"), "phone/forwarded.jpg", screenshot);
        ImportFixture.zip(dump().resolve("leak.zip"), "scans/letter.png", scan, "backup/inner.zip", Files.readAllBytes(inner));
        try (CaseFile caseFile = importWithOcr()) {
            assertEquals(List.of("letter.png (OCR)"), titles(hits(caseFile, "contains")), "a picture in a ZIP");
            assertEquals(List.of("forwarded.jpg (OCR)"), titles(hits(caseFile, "衛福部長")), "a picture in a ZIP in a ZIP");
        }
    }

    @Test
    void aMemoQuotingOcrTextNamesTheEngineAndLanguagesInItsManifest() throws Exception {
        Files.copy(FIXTURES.resolve("documents/testOCR.png"), dump().resolve("scan.png"));
        try (CaseFile caseFile = importWithOcr();
             Services services = Services.create(dir.resolve("home"), ImportFixture.CLOCK, 2)) {
            Actor reporter = new Actor("Mei Lin", Actor.Role.REPORTER);
            long claim = services.attribution().addDraft(caseFile, "The file says it holds words.", reporter).get(0);
            long item = hits(caseFile, "contains").get(0).itemId();
            services.attribution().attach(caseFile, claim, new NewEvidence(EvidenceKind.DOCUMENT, Stance.SUPPORTS, item,
                    new Span(10, 29), null, null), reporter);
            Path memo = dir.resolve("memo.html");
            services.exporter().exportMemo(caseFile, ExportService.MemoFormat.HTML, true, memo);
            JsonNode cited = new ObjectMapper().readTree(Path.of(memo + ".manifest.json").toFile()).get("excerpts").get(0);
            assertEquals("ocr", cited.get("locator").asText());
            assertEquals(tesseract.engine() + ", " + LANGUAGES, cited.get("ocr").asText(), "the engine, its version and the languages");
            assertTrue(Files.readString(memo).contains("text read by OCR: " + tesseract.engine()), "and the appendix says it");
        }
    }

    @Test
    void anOriginalChangedSinceImportIsNotReadAndSaysWhy() throws Exception {
        Path picture = Files.copy(FIXTURES.resolve("documents/testOCR.png"), dump().resolve("testOCR.png"));
        try (CaseFile caseFile = ImportFixture.newCase(dir.resolve("case.dossier"))) {
            ImportFixture.importInto(caseFile, dump());
            Files.write(picture, new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);
            CaseOcr.Counts read = new CaseOcr(2).catchUp(caseFile, tesseract, LANGUAGES, (done, of) -> { });
            assertEquals(0, read.pagesRead());
            assertEquals(List.of("the original has changed since it was imported (its SHA-256 differs), so it was not read"),
                    read.failures().stream().map(failure -> failure.reason()).toList());
            assertEquals("failed", CaseChecks.query(caseFile.path(), "SELECT status FROM ocr_pages"));
            assertEquals(1, caseFile.stats().ocrFailed());
            assertEquals("0", CaseChecks.query(caseFile.path(), "SELECT count(*) FROM items WHERE locator LIKE 'ocr%'"));
        }
    }

    @Test
    void anOriginalNotReachableNowWaitsForTheNextPass() throws Exception {
        Path picture = Files.copy(FIXTURES.resolve("documents/testOCR.png"), dump().resolve("testOCR.png"));
        try (CaseFile caseFile = ImportFixture.newCase(dir.resolve("case.dossier"))) {
            ImportFixture.importInto(caseFile, dump());
            Path away = Files.move(picture, dir.resolve("unmounted.png"));
            CaseOcr.Counts missed = new CaseOcr(2).catchUp(caseFile, tesseract, LANGUAGES, (done, of) -> { });
            assertTrue(missed.failures().get(0).reason().startsWith("its original is not reachable now"), missed.toString());
            assertEquals(1, CaseOcr.waiting(caseFile), "not marked as failed for good");
            Files.move(away, picture);
            assertEquals(1, new CaseOcr(2).catchUp(caseFile, tesseract, LANGUAGES, (done, of) -> { }).pagesRead());
        }
    }

    @Test
    void aStoppedPassGoesOnWhereItStoppedAndReadsEachPictureOnce() throws Exception {
        for (int i = 0; i < 3; i++) {
            Files.copy(FIXTURES.resolve("documents/testOCR.png"), dump().resolve("copy-" + i + ".png"));
            Files.write(dump().resolve("copy-" + i + ".png"), new byte[] {(byte) i}, java.nio.file.StandardOpenOption.APPEND);
        }
        try (CaseFile caseFile = ImportFixture.newCase(dir.resolve("case.dossier"))) {
            ImportFixture.importInto(caseFile, dump());
            CaseOcr ocr = new CaseOcr(1);
            CaseOcr.Counts first = ocr.catchUp(caseFile, tesseract, LANGUAGES, (done, of) -> {
                if (done == 1) {
                    Thread.currentThread().interrupt(); // Stop, pressed once the first picture is in
                }
            });
            assertTrue(Thread.interrupted());
            assertFalse(first.complete());
            assertEquals(1, first.files());
            assertEquals(2, CaseOcr.waiting(caseFile));
            assertEquals(2, caseFile.stats().awaitingOcr());
            CaseOcr.Counts rest = ocr.catchUp(caseFile, tesseract, LANGUAGES, (done, of) -> { });
            assertTrue(rest.complete());
            assertEquals(2, rest.files());
            assertEquals("3", CaseChecks.query(caseFile.path(), "SELECT count(*) FROM items WHERE locator = 'ocr'"));
            assertEquals(0, CaseOcr.waiting(caseFile));
            assertEquals(3, caseFile.stats().ocrTexts());
            assertEquals(3, caseFile.stats().documents(), "the pictures; their texts are counted apart");
        }
    }

    @Test
    void withoutTesseractOrALanguageOcrSaysWhatToInstall() {
        assertTrue(CaseOcr.readiness(Optional.empty(), LANGUAGES).problem()
                .startsWith("Tesseract is not installed, so pictures are kept without their text until it is"));
        assertEquals("Tesseract has no data for xyz_abc (Debian/Ubuntu: apt-get install tesseract-ocr-xyz-abc), "
                + "so pictures are kept without their text until it has.", CaseOcr.readiness(Optional.of(tesseract), "eng+xyz_abc").problem());
    }

    private static OcrPage onlyPage(List<OcrPage> pages) {
        assertEquals(1, pages.size(), "one picture, one page");
        return pages.get(0);
    }

    private Path dump() throws IOException {
        return Files.createDirectories(dir.resolve("dump"));
    }

    private CaseFile importWithOcr() {
        CaseFile caseFile = ImportFixture.newCase(dir.resolve("case.dossier"));
        IntakeService.Result result = new IntakeService(ImportFixture.service(), new CaseOcr(2)).importThenExtract(caseFile,
                List.of(dir.resolve("dump")), ChatOptions.DEFAULT, ImportListener.NONE, (done, of) -> { }, (done, of) -> { });
        assertEquals(null, result.ocrProblem());
        assertEquals(List.of(), result.ocr().failures(), "every picture gave text");
        return caseFile;
    }

    private static List<SearchHit> hits(CaseFile caseFile, String query) {
        return new SearchService().search(caseFile, query, 50).hits();
    }

    private static List<String> titles(List<SearchHit> hits) {
        List<String> titles = new ArrayList<>();
        hits.forEach(hit -> titles.add(hit.title()));
        return titles;
    }

    /** The hits' titles and those of the near-copies each stands for, in order. */
    private static List<String> titlesWithCopies(CaseFile caseFile, List<SearchHit> hits) {
        List<String> titles = new ArrayList<>(titles(hits));
        for (SearchHit hit : hits) {
            new ReadingService(ImportFixture.CLOCK).nearCopies(caseFile, hit.itemId()).forEach(copy -> titles.add(copy.title()));
        }
        titles.sort(null);
        return titles;
    }

    private static String ocrTexts(CaseFile caseFile) throws SQLException {
        return CaseChecks.query(caseFile.path(), "SELECT group_concat(title || ': ' || text, ' | ') FROM items WHERE locator LIKE 'ocr%'");
    }
}
