package org.dossier.ingest;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Assumptions;

/**
 * Pictures of known text for the OCR tests, drawn here so that the true text is known exactly:
 * a clean page, a page with speckles turned a little as a careless scan is, a chat screenshot
 * with bubbles left and right, and a PDF of such pages without a text layer.
 */
public final class RenderedText {
    private static final int WIDTH = 1400;

    private RenderedText() {
    }

    /** A font of this machine that draws every character of the text, or the test is skipped. */
    public static Font font(String text, int size, String... families) {
        for (String family : families) {
            Font font = new Font(family, Font.PLAIN, size);
            if (font.getFamily().equals(family) && font.canDisplayUpTo(text) == -1) {
                return font;
            }
        }
        Assumptions.assumeTrue(false, "no font on this machine draws \"" + text + "\" (tried " + String.join(", ", families)
                + "; Debian: apt-get install fonts-noto-cjk)");
        return null;
    }

    /**
     * A page with these lines, speckled with black dots at this share of its pixels and turned by
     * these degrees, as a PNG.
     */
    public static Path page(Path file, List<String> lines, Font font, double speckles, double degrees) throws IOException {
        int lineHeight = font.getSize() * 2;
        BufferedImage page = new BufferedImage(WIDTH, lineHeight * (lines.size() + 2), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.rotate(Math.toRadians(degrees), page.getWidth() / 2.0, page.getHeight() / 2.0);
        g.setColor(Color.BLACK);
        g.setFont(font);
        for (int i = 0; i < lines.size(); i++) {
            g.drawString(lines.get(i), 80, lineHeight * (i + 1) + font.getSize());
        }
        g.dispose();
        Random random = new Random(7);
        for (long dots = Math.round(page.getWidth() * page.getHeight() * speckles); dots > 0; dots--) {
            page.setRGB(random.nextInt(page.getWidth()), random.nextInt(page.getHeight()), 0);
        }
        return write(page, file);
    }

    /** One message of a chat screenshot: who sent it, and whether it is the phone owner's (drawn on the right). */
    public record Bubble(String sender, String text, boolean own) {
    }

    /** A chat screenshot as a phone shows one: a name above each bubble, bubbles left and right. */
    public static Path chat(Path file, List<Bubble> bubbles, Font font) throws IOException {
        int size = font.getSize();
        BufferedImage screen = new BufferedImage(1080, (bubbles.size() + 1) * size * 4, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = screen.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xEDEDED));
        g.fillRect(0, 0, screen.getWidth(), screen.getHeight());
        g.setFont(font);
        int y = size;
        for (Bubble bubble : bubbles) {
            int width = g.getFontMetrics().stringWidth(bubble.text()) + size * 2;
            int x = bubble.own() ? screen.getWidth() - width - size : size;
            g.setColor(new Color(0x555555));
            g.setFont(font.deriveFont(size * 0.7f));
            g.drawString(bubble.sender(), x, y + size / 2);
            g.setFont(font);
            g.setColor(bubble.own() ? new Color(0x95EC69) : Color.WHITE);
            g.fillRoundRect(x, y + size, width, size * 2, size, size);
            g.setColor(Color.BLACK);
            g.drawString(bubble.text(), x + size, y + size * 2 + size / 3);
            y += size * 4;
        }
        g.dispose();
        return write(screen, file);
    }

    /** A TIFF of several pages, as a fax machine or a scanner's feeder writes one. */
    public static Path tiff(Path file, Path... pages) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        Files.createDirectories(file.getParent());
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (Path page : pages) {
                writer.writeToSequence(new IIOImage(ImageIO.read(page.toFile()), null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return file;
    }

    /** A scanned PDF: these pictures as its pages (150 dpi), and no text layer. */
    public static Path pdf(Path file, Path... pages) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            for (Path page : pages) {
                BufferedImage picture = ImageIO.read(page.toFile());
                PDPage sheet = new PDPage(new PDRectangle(picture.getWidth() * 72f / 150, picture.getHeight() * 72f / 150));
                pdf.addPage(sheet);
                try (PDPageContentStream content = new PDPageContentStream(pdf, sheet)) {
                    content.drawImage(LosslessFactory.createFromImage(pdf, picture), 0, 0, sheet.getMediaBox().getWidth(),
                            sheet.getMediaBox().getHeight());
                }
            }
            Files.createDirectories(file.getParent());
            pdf.save(file.toFile());
        }
        return file;
    }

    /** An e-mail with this picture attached under this name, as a mail client sends it (Base64 in lines of 76). */
    public static Path mail(Path file, String name, byte[] picture) throws IOException {
        String headers = """
                From: Ana Ruiz <ana@example.org>
                To: Marcus Hale <marcus@example.org>
                Subject: the wire
                Date: Thu, 30 Nov 2023 10:00:00 +0000
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b1"

                --b1
                Content-Type: text/plain; charset=utf-8

                See the picture.
                --b1
                Content-Type: image/png; name="%1$s"
                Content-Disposition: attachment; filename="%1$s"
                Content-Transfer-Encoding: base64

                """.formatted(name).replace("\n", "\r\n");
        Files.createDirectories(file.getParent());
        return Files.writeString(file, headers + Base64.getMimeEncoder().encodeToString(picture) + "\r\n--b1--\r\n");
    }

    private static Path write(BufferedImage picture, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        ImageIO.write(picture, "png", file.toFile());
        return file;
    }

    /**
     * The character error rate of what OCR read against the true text: the edit distance between
     * the two, spaces and line ends left out (Chinese has none, and OCR's spacing is not its reading),
     * over the true text's length.
     */
    public static double characterErrorRate(String read, String truth) {
        int[] a = read.replaceAll("\\s+", "").codePoints().toArray();
        int[] b = truth.replaceAll("\\s+", "").codePoints().toArray();
        int[] previous = new int[b.length + 1];
        int[] current = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            current[0] = i;
            for (int j = 1; j <= b.length; j++) {
                current[j] = Math.min(Math.min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return (double) previous[b.length] / b.length;
    }
}
