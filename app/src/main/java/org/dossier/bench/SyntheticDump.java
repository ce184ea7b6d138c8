package org.dossier.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Writes a reproducible dump of mixed files for benchmarks: plain text and HTML in English and
 * Chinese, e-mails, CSV, Word documents and PDFs (the last two made from the sample's own files,
 * each with unique content so that no two files share a hash). Same seed, same dump.
 */
public final class SyntheticDump {
    private static final String[] ENGLISH = ("the account was suspended after a review of api usage by the data team "
            + "project tidewater training pipeline evaluation spokesperson said on friday that the company had "
            + "stopped all calls logs were preserved legal counsel warned terms of use prohibit competing models "
            + "reseller cloud northgate tokens per day invoice finance quarter board meeting").split(" ");
    private static final String[] CHINESE = ("账号 被封 训练 数据 模型 评测 法务 停止 调用 接口 日志 保留 发言人 表示 公司 "
            + "项目 潮汐 云平台 合作伙伴 条款 禁止 竞争 生成 每天 消耗 财务 账单 会议 董事会 内部 备忘录").split(" ");

    private final Random random;
    private final byte[] docxTemplate;
    private final byte[] pdfTemplate;

    public SyntheticDump(long seed) {
        this.random = new Random(seed);
        this.docxTemplate = resource("/sample-evidence/memos/tidewater-kickoff-memo.docx");
        this.pdfTemplate = resource("/sample-evidence/statements/lumina-statement-2023-12-15.pdf");
    }

    /** Writes {@code files} files into {@code folder}, 500 to a sub-folder. Returns the bytes written. */
    public long write(Path folder, int files) throws IOException {
        long bytes = 0;
        for (int i = 0; i < files; i++) {
            Path dir = Files.createDirectories(folder.resolve(String.format("box-%03d", i / 500)));
            int kind = i % 20;
            String name = String.format("item-%06d", i);
            byte[] content;
            if (kind < 8) {
                name += ".txt";
                content = prose(i, 40 + random.nextInt(400)).getBytes(StandardCharsets.UTF_8);
            } else if (kind < 12) {
                name += ".html";
                content = ("<html><head><title>Page " + i + "</title></head><body><p>" + prose(i, 60 + random.nextInt(300))
                        + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
            } else if (kind < 15) {
                name += ".eml";
                content = mail(i).getBytes(StandardCharsets.UTF_8);
            } else if (kind < 17) {
                name += ".csv";
                content = csv(i).getBytes(StandardCharsets.UTF_8);
            } else if (kind < 19) {
                name += ".docx";
                content = docx(prose(i, 120));
            } else {
                name += ".pdf";
                content = pdf(i);
            }
            Files.write(dir.resolve(name), content);
            bytes += content.length;
        }
        return bytes;
    }

    private String prose(int serial, int words) {
        StringBuilder text = new StringBuilder("Document ").append(serial).append(". ");
        for (int w = 0; w < words; w++) {
            boolean chinese = random.nextInt(3) == 0;
            text.append(chinese ? CHINESE[random.nextInt(CHINESE.length)] : ENGLISH[random.nextInt(ENGLISH.length)]);
            text.append(chinese && random.nextBoolean() ? "" : " ");
            if (random.nextInt(14) == 0) {
                text.append(chinese ? "。\n" : ".\n");
            }
        }
        return text.toString();
    }

    private String mail(int serial) {
        return "From: Analyst " + serial % 37 + " <analyst" + serial % 37 + "@example.org>\r\n"
                + "To: desk@example.org\r\nSubject: Report " + serial + "\r\n"
                + "Date: Mon, " + (1 + serial % 28) + " Aug 2023 10:" + String.format("%02d", serial % 60) + ":00 +0800\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + prose(serial, 150) + "\r\n";
    }

    private String csv(int serial) {
        StringBuilder csv = new StringBuilder("month,project,tokens,cost\n");
        for (int row = 0; row < 50; row++) {
            csv.append("2023-").append(1 + row % 12).append(",job-").append(serial).append('-').append(row)
                    .append(',').append(random.nextInt(1_000_000)).append(',').append(random.nextInt(10_000)).append('\n');
        }
        return csv.toString();
    }

    /** The template memo with one more paragraph of unique text. */
    private byte[] docx(String paragraph) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(docxTemplate));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("word/document.xml")) {
                    content = new String(content, StandardCharsets.UTF_8)
                            .replace("</w:body>", "<w:p><w:r><w:t>" + paragraph + "</w:t></w:r></w:p></w:body>")
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The template statement with a unique comment after its end: same text, different bytes. */
    private byte[] pdf(int serial) {
        byte[] suffix = ("\n%dossier-bench-" + serial + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] content = java.util.Arrays.copyOf(pdfTemplate, pdfTemplate.length + suffix.length);
        System.arraycopy(suffix, 0, content, pdfTemplate.length, suffix.length);
        return content;
    }

    private static byte[] resource(String name) {
        try (InputStream in = SyntheticDump.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled file " + name, e);
        }
    }
}
