package org.dossier.bench;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Scanned letters for the OCR benchmark: A4 pages at 150 dpi, twenty lines each of English and
 * Chinese about the people of {@link SyntheticChat}, turned by up to a degree and speckled as a
 * copier leaves them, written as PNG. The same seed gives the same pages.
 */
public final class SyntheticScans {
    private static final int WIDTH = 1240;
    private static final int HEIGHT = 1754;
    private static final String[] ENGLISH = {
            "%s approved the transfer to Tidewater Logistics AB on %d March.",
            "The account review by %s found %d requests from the evaluation cluster.",
            "Minutes of the call with %s about evaluation run %d.",
            "Invoice INV-%2$d was paid to %1$s from the Singapore account."};
    private static final String[] CHINESE = {
            "%s确认了第%d批评测数据的来源。", "账号被停用后，%s要求删除第%d号记录。", "会议纪要：%s负责模型训练，预算%d万元。"};

    private final Random random;

    public SyntheticScans(long seed) {
        random = new Random(seed);
    }

    /** Writes the pages; the fonts must draw Chinese (Debian: fonts-noto-cjk). */
    public void write(Path folder, int pages) throws IOException {
        Files.createDirectories(folder);
        Font latin = new Font("DejaVu Serif", Font.PLAIN, 26);
        Font han = new Font("Noto Serif CJK SC", Font.PLAIN, 26);
        if (han.canDisplayUpTo("确认评测数据") != -1) {
            throw new IOException("no font draws Chinese here (Debian: apt-get install fonts-noto-cjk)");
        }
        for (int page = 1; page <= pages; page++) {
            ImageIO.write(page(latin, han), "png", folder.resolve(String.format("scan-%05d.png", page)).toFile());
        }
    }

    private BufferedImage page(Font latin, Font han) {
        BufferedImage page = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.rotate(Math.toRadians(random.nextDouble() * 2 - 1), WIDTH / 2.0, HEIGHT / 2.0);
        g.setColor(Color.BLACK);
        for (int line = 0; line < 40; line++) {
            boolean chinese = line % 2 == 1;
            g.setFont(chinese ? han : latin);
            String[] templates = chinese ? CHINESE : ENGLISH;
            String person = chinese ? SyntheticChat.personZh(random.nextInt(500)) : SyntheticChat.person(random.nextInt(500));
            g.drawString(String.format(templates[random.nextInt(templates.length)], person, 1 + random.nextInt(9000)), 110, 140 + line * 38);
        }
        g.dispose();
        for (int dots = WIDTH * HEIGHT / 1000; dots > 0; dots--) {
            page.setRGB(random.nextInt(WIDTH), random.nextInt(HEIGHT), 0);
        }
        return page;
    }
}
