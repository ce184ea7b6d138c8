package org.dossier.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Random;

/**
 * Writes a Telegram Desktop export, or Lark message API page, of one group chat with any number of messages, streamed so
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

    /** One message of the chat: its number from 1, its time, its author (0–39), what it answers (0 for nothing). */
    private interface Message {
        void write(JsonGenerator json, int number, Instant sent, int member, int answers, String text) throws IOException;
    }

    /** A Telegram Desktop export ({@code result.json}). */
    public void write(Path resultJson, int messages) throws IOException {
        write(resultJson, messages, json -> {
            json.writeStringField("name", "Benchmark group");
            json.writeStringField("type", "private_supergroup");
            json.writeNumberField("id", 1_000_001);
            json.writeArrayFieldStart("messages");
        }, (json, i, sent, member, answers, text) -> {
            json.writeNumberField("id", i);
            json.writeStringField("type", "message");
            json.writeStringField("date", LocalDateTime.ofInstant(sent, BEIJING).toString());
            json.writeStringField("date_unixtime", String.valueOf(sent.getEpochSecond()));
            json.writeStringField("from", "Member " + member);
            json.writeStringField("from_id", "user" + (100_000 + member));
            if (answers > 0) {
                json.writeNumberField("reply_to_message_id", answers);
            }
            json.writeStringField("text", text);
        });
    }

    /** The same chat as a page of the Lark message API, its senders named by the mentions of others. */
    public void writeLark(Path pageJson, int messages) throws IOException {
        write(pageJson, messages, json -> {
            json.writeNumberField("code", 0);
            json.writeObjectFieldStart("data");
            json.writeBooleanField("has_more", false);
            json.writeArrayFieldStart("items");
        }, (json, i, sent, member, answers, text) -> {
            json.writeStringField("message_id", "om_" + i);
            if (answers > 0) {
                json.writeStringField("parent_id", "om_" + answers);
            }
            json.writeStringField("msg_type", "text");
            json.writeStringField("create_time", String.valueOf(sent.toEpochMilli()));
            json.writeStringField("chat_id", "oc_benchmark");
            json.writeStringField("chat_type", "group");
            json.writeObjectFieldStart("sender");
            json.writeStringField("id", "ou_" + (100_000 + member));
            json.writeStringField("id_type", "open_id");
            json.writeStringField("sender_type", "user");
            json.writeEndObject();
            int mentioned = (member + i) % 40;
            json.writeObjectFieldStart("body");
            json.writeStringField("content", "{\"text\":\"@_user_1 " + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"}");
            json.writeEndObject();
            json.writeArrayFieldStart("mentions");
            json.writeStartObject();
            json.writeStringField("key", "@_user_1");
            json.writeStringField("id", "ou_" + (100_000 + mentioned));
            json.writeStringField("name", "Member " + mentioned);
            json.writeEndObject();
            json.writeEndArray();
        });
    }

    private interface Opening {
        void write(JsonGenerator json) throws IOException;
    }

    private void write(Path file, int messages, Opening opening, Message message) throws IOException {
        Files.createDirectories(file.getParent());
        Instant start = Instant.parse("2022-12-01T00:00:00Z");
        try (JsonGenerator json = new JsonFactory().createGenerator(file.toFile(), com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
            json.writeStartObject();
            opening.write(json);
            for (int i = 1; i <= messages; i++) {
                int member = random.nextInt(40);
                int answers = i > 1 && random.nextInt(8) == 0 ? i - 1 - random.nextInt(Math.min(i - 1, 50)) : 0;
                json.writeStartObject();
                message.write(json, i, start.plusSeconds(60L * i), member, answers, sentence());
                json.writeEndObject();
            }
        } // closing the generator closes the arrays and objects the opening left open
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
