package org.dossier.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Random;

/**
 * Writes a Telegram Desktop export of one group chat with any number of messages, streamed so
 * that a million messages need no memory: mixed English and Chinese, a few dozen members, replies
 * and edits, one message a minute from December 2022. Same seed, same file.
 */
public final class SyntheticChat {
    private static final String[] WORDS = ("the account was suspended after the review of api usage data team "
            + "tidewater training evaluation northgate tokens invoice legal 账号 被封 训练 数据 模型 评测 法务 停止 调用 接口 日志").split(" ");
    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    private static final String[] SURNAMES = {"Wang", "Li", "Zhang", "Liu", "Chen", "Hale", "Nair", "Osei", "Brandt", "Seth"};
    private static final String[] SURNAMES_ZH = {"王", "李", "张", "刘", "陈", "欧阳", "司马", "诸葛", "上官", "慕容"};
    private static final String GIVEN_ZH = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华";

    /** The n-th of 500 people who turn up now and then: rare terms, as names are in real chats. */
    public static String person(int n) {
        return SURNAMES[n % SURNAMES.length] + " " + (char) ('A' + n / SURNAMES.length % 26) + "." + (n / 260 == 0 ? "" : "" + n / 260);
    }

    /** The n-th of 500 people, in Chinese. */
    public static String personZh(int n) {
        return SURNAMES_ZH[n % SURNAMES_ZH.length] + GIVEN_ZH.charAt(n / SURNAMES_ZH.length % GIVEN_ZH.length())
                + GIVEN_ZH.charAt(n / 250 % GIVEN_ZH.length());
    }

    private final Random random;

    public SyntheticChat(long seed) {
        this.random = new Random(seed);
    }

    public void write(Path resultJson, int messages) throws IOException {
        Files.createDirectories(resultJson.getParent());
        Instant start = Instant.parse("2022-12-01T00:00:00Z");
        try (JsonGenerator json = new JsonFactory().createGenerator(resultJson.toFile(), com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("name", "Benchmark group");
            json.writeStringField("type", "private_supergroup");
            json.writeNumberField("id", 1_000_001);
            json.writeArrayFieldStart("messages");
            for (int i = 1; i <= messages; i++) {
                Instant sent = start.plusSeconds(60L * i);
                json.writeStartObject();
                json.writeNumberField("id", i);
                json.writeStringField("type", "message");
                json.writeStringField("date", LocalDateTime.ofInstant(sent, BEIJING).toString());
                json.writeStringField("date_unixtime", String.valueOf(sent.getEpochSecond()));
                int member = random.nextInt(40);
                json.writeStringField("from", "Member " + member);
                json.writeStringField("from_id", "user" + (100_000 + member));
                if (i > 1 && random.nextInt(8) == 0) {
                    json.writeNumberField("reply_to_message_id", i - 1 - random.nextInt(Math.min(i - 1, 50)));
                }
                json.writeStringField("text", sentence());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private String sentence() {
        StringBuilder text = new StringBuilder();
        for (int w = 4 + random.nextInt(20); w > 0; w--) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        if (random.nextInt(10) == 0) {
            text.append("cc ").append(person(random.nextInt(500))).append(' ');
        }
        if (random.nextInt(10) == 0) {
            text.append("抄送").append(personZh(random.nextInt(500))).append(' ');
        }
        if (random.nextInt(20) == 0) {
            text.append("invoice INV-").append(10_000 + random.nextInt(90_000)).append(' ');
        }
        return text.toString().strip();
    }
}
