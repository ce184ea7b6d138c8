package org.dossier.sample;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Writes the binary files of the fictional sample leak (DOCX, XLSX, PDFs, and the e-mail that
 * carries the spreadsheet) from the texts below, so that every word of the sample is reviewable
 * here. The text formats (Slack export, Telegram export, plain e-mails) are written by hand in
 * sample-evidence/ itself. Run it after changing a text (it needs a CJK TrueType collection, e.g.
 * Debian's fonts-wqy-microhei), after {@code mvn -B package -DskipTests}:
 *
 * <pre>java -cp "app/target/test-classes:app/target/classes:app/target/lib/*" \
 *     org.dossier.sample.SampleEvidenceGenerator sample-evidence</pre>
 */
public final class SampleEvidenceGenerator {
    private static final String CJK_FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

    private SampleEvidenceGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "sample-evidence");
        writeMemo(out.resolve("memos/tidewater-kickoff-memo.docx"));
        byte[] usage = usageWorkbook();
        Files.createDirectories(out.resolve("spreadsheets"));
        Files.write(out.resolve("spreadsheets/api-usage-2023.xlsx"), usage);
        writeUsageMail(out.resolve("mail/2023-11-03 October API usage.eml"), usage);
        writeStatement(out.resolve("statements/lumina-statement-2023-12-15.pdf"), "Lumina AI statement on Halcyon Dynamics",
                "Dana Whitfield, Lumina AI", "2023-12-15T17:05:00-08:00", List.of(LUMINA_STATEMENT));
        writeStatement(out.resolve("statements/halcyon-statement-2023-12-15.pdf"), "海辰动力声明 / Halcyon Dynamics statement",
                "蒋薇 Jiang Wei, Halcyon Dynamics", "2023-12-15T20:00:00+08:00", List.of(HALCYON_STATEMENT_ZH, HALCYON_STATEMENT_EN));
        writeStatement(out.resolve("statements/northgate-statement-2023-12-16.pdf"), "Northgate Cloud statement",
                "Oliver Brandt, Northgate Cloud", "2023-12-16T09:30:00+00:00", List.of(NORTHGATE_STATEMENT));
    }

    // ---- The internal memo -------------------------------------------------------------------

    private static final String[] MEMO = {
        "潮汐项目启动备忘录",
        "Project Tidewater: kickoff memo (internal, confidential)",
        "日期：2023年7月10日    起草：陈立（潮汐项目技术负责人）",
        "一、目标",
        "在2023年底前训练出我们自己的对话模型 Tidewater-7B，中文能力达到 Lumina-4 的水平。",
        "二、数据策略",
        "第一阶段（7月至10月）：通过 Northgate Cloud 的转售账号调用 Lumina-4 API，批量生成指令数据和评测数据。"
                + "预计每天消耗约四千万个 token。",
        "第二阶段（11月起）：用 Tidewater-7B 自己评分，逐步摆脱对 Lumina 的依赖。",
        "三、注意事项",
        "所有日志和文档中以 “vendor-A” 指代 Lumina。对外沟通统一口径为“内部评估”。",
        "Phase one relies on the Lumina-4 API, billed through Northgate Cloud's reseller account. "
                + "In all logs and documents, refer to Lumina as \"vendor-A\".",
        "抄送：王芳（数据组）、刘洋（训练组）、Marcus Hale（合作伙伴关系）",
    };

    private static void writeMemo(Path file) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            for (int i = 0; i < MEMO.length; i++) {
                XWPFParagraph paragraph = document.createParagraph();
                XWPFRun run = paragraph.createRun();
                run.setText(MEMO[i]);
                run.setBold(i < 2 || MEMO[i].matches("^[一二三]、.*"));
                run.setFontSize(i == 0 ? 16 : 11);
            }
            properties(document.getProperties(), "潮汐项目启动备忘录 / Project Tidewater kickoff", "陈立 Chen Li",
                    "2023-07-10T09:00:00+08:00", "2023-07-10T11:42:00+08:00");
            write(file, document::write);
        }
    }

    // ---- The usage spreadsheet ---------------------------------------------------------------

    private static final Object[][] USAGE = {
        {"Month", "Project", "Provider (as logged)", "Billed through", "Tokens (millions)", "Cost (USD)", "Cost centre"},
        {"2023-07", "Tidewater", "vendor-A", "Northgate Cloud", 212.4, 6372.00, "RD-TW-01"},
        {"2023-08", "Tidewater", "vendor-A", "Northgate Cloud", 968.1, 29043.00, "RD-TW-01"},
        {"2023-09", "Tidewater", "vendor-A", "Northgate Cloud", 1204.7, 36141.00, "RD-TW-01"},
        {"2023-10", "Tidewater", "vendor-A", "Northgate Cloud", 1187.3, 35619.00, "RD-TW-01"},
        {"2023-11", "Tidewater", "vendor-A", "Northgate Cloud", 402.9, 12087.00, "RD-TW-01"},
        {"2023-10", "客服机器人 Support bot", "内部模型", "-", 88.0, 0.0, "OPS-CS-02"},
    };

    private static byte[] usageWorkbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("API usage 2023");
            for (int r = 0; r < USAGE.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < USAGE[r].length; c++) {
                    Object value = USAGE[r][c];
                    if (value instanceof Double number) {
                        row.createCell(c).setCellValue(number);
                    } else {
                        row.createCell(c).setCellValue((String) value);
                    }
                }
            }
            workbook.createSheet("说明").createRow(0).createCell(0)
                    .setCellValue("vendor-A = Lumina-4 API（按合同经 Northgate Cloud 结算）。数据来源：财务部月度账单。");
            properties(workbook.getProperties(), "API usage 2023 / API 使用量", "王芳 Wang Fang",
                    "2023-11-02T17:20:00+08:00", "2023-11-03T10:58:00+08:00");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        }
    }

    private static void writeUsageMail(Path file, byte[] workbook) throws IOException {
        String boundary = "----=_Part_20231103_0305_halcyon";
        String attachment = Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(workbook);
        String mail = String.join("\r\n",
                "From: " + encoded("王芳 Wang Fang") + " <wang.fang@halcyon-dynamics.example>",
                "To: " + encoded("陈立 Chen Li") + " <chen.li@halcyon-dynamics.example>",
                "Subject: " + encoded("十月 API 用量 / October API usage"),
                "Date: Fri, 3 Nov 2023 11:05:00 +0800",
                "Message-ID: <20231103030500.2210@mail.halcyon-dynamics.example>",
                "MIME-Version: 1.0",
                "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"",
                "",
                "--" + boundary,
                "Content-Type: text/plain; charset=UTF-8",
                "Content-Transfer-Encoding: 8bit",
                "",
                "陈立，附件是截至十月底的 API 用量。",
                "October was 1,187 million tokens through Northgate, about $35,600.",
                "Finance asked why vendor-A costs tripled since July; I said evaluation runs.",
                "",
                "王芳",
                "",
                "--" + boundary,
                "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name=\"api-usage-2023.xlsx\"",
                "Content-Transfer-Encoding: base64",
                "Content-Disposition: attachment; filename=\"api-usage-2023.xlsx\"",
                "",
                attachment,
                "--" + boundary + "--",
                "");
        write(file, out -> out.write(mail.getBytes(StandardCharsets.UTF_8)));
    }

    private static String encoded(String header) {
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "?=";
    }

    // ---- The statements ----------------------------------------------------------------------

    private static final String LUMINA_STATEMENT = """
            Statement from Lumina AI
            December 15, 2023

            Lumina AI has suspended the API access of Halcyon Dynamics, including access
            provisioned through a reseller, effective November 22, 2023.

            "All API customers must adhere to our usage policies to ensure that our
            technology is used for good," said Dana Whitfield, a spokesperson for Lumina AI.
            "Using our models' output to develop a competing model is a violation of our
            terms. We are continuing to investigate."

            Lumina AI will review any further information Halcyon Dynamics provides.
            """;

    private static final String HALCYON_STATEMENT_ZH = """
            海辰动力声明
            2023年12月15日

            海辰动力在潮汐项目早期曾通过合作伙伴的云平台少量调用 Lumina 的 API，
            仅用于模型评测。自2023年11月20日起，公司已全面停止调用。
            潮汐项目模型的训练数据均来自合法合规的渠道。

            发言人：蒋薇
            """;

    private static final String HALCYON_STATEMENT_EN = """
            Halcyon Dynamics statement (English translation)
            December 15, 2023

            "In the early phase of Project Tidewater, Halcyon Dynamics made limited use of
            Lumina's API through a partner's cloud platform, for model evaluation only," said
            Jiang Wei, a spokesperson for Halcyon Dynamics. "Since November 20, 2023, the
            company has stopped all such use. The training data of the Tidewater models
            comes from lawful and compliant sources."
            """;

    private static final String NORTHGATE_STATEMENT = """
            Statement from Northgate Cloud
            December 16, 2023

            "Northgate Cloud resells Lumina AI services under Lumina's terms, and our
            customers agree to those terms," said Oliver Brandt, a spokesperson for
            Northgate Cloud. "We are cooperating with Lumina AI. We do not comment on
            individual customers."
            """;

    /** One page per text, in a CJK-capable font embedded as a subset. */
    private static void writeStatement(Path file, String title, String author, String created, List<String> pages)
            throws IOException {
        try (PDDocument document = new PDDocument(); TrueTypeCollection fonts = new TrueTypeCollection(new File(CJK_FONT))) {
            PDType0Font font = PDType0Font.load(document, fonts.getFontByName("WenQuanYiMicroHei"), true);
            for (String text : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 11);
                    content.setLeading(17);
                    content.newLineAtOffset(64, 770);
                    for (String line : text.strip().split("\n")) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setAuthor(author);
            info.setCreator("Dossier sample generator");
            info.setCreationDate(calendar(created));
            info.setModificationDate(calendar(created));
            write(file, document::save);
        }
    }

    // ---- Helpers -----------------------------------------------------------------------------

    private static void properties(POIXMLProperties properties, String title, String author, String created, String modified) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(title);
        core.setCreator(author);
        core.setCreated(Optional.of(Date.from(OffsetDateTime.parse(created).toInstant())));
        core.setModified(Optional.of(Date.from(OffsetDateTime.parse(modified).toInstant())));
    }

    private static Calendar calendar(String isoTime) {
        OffsetDateTime time = OffsetDateTime.parse(isoTime);
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(time.getOffset()));
        calendar.setTime(Date.from(time.toInstant()));
        return calendar;
    }

    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private static void write(Path file, Writing writing) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            writing.to(out);
        }
    }
}
