package org.dossier.ingest.chat;

import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One message as WeChat's export tools tabulate it, whichever file it came in (a CSV row, an
 * element of PyWxDump's JSON or of the data its HTML viewer loads).
 *
 * @param id       the tool's message id, or null when it gives none
 * @param authorId the sender's wxid, or the name where the tool gives no id
 * @param chat     the chat's wxid or name, or null
 * @param src      a file of the export the message shows, or null
 * @param time     the time as the tool wrote it (epoch seconds, ISO, or local)
 */
record WeChatRow(String id, String type, boolean system, String authorId, String chat, String text, String src, String time) {
    private static final Pattern SYSTEM_TYPE_NAME = Pattern.compile("系统通知|撤回|拍一拍|邀请加群");

    /**
     * PyWxDump's message (dbMSG.get_msg_detail: {@code MsgSvrID, type_name, talker, room_name, msg,
     * src, CreateTime}); before 2024 its CSV held {@code content} as {"src","msg"}, given here by
     * {@code textAndSrc}. A sticker's address on Tencent's servers is not a file of the export.
     */
    static WeChatRow pyWxDump(Function<String, String> field, String text, String src) {
        String type = field.apply("type_name");
        return new WeChatRow(field.apply("MsgSvrID"), type, type != null && SYSTEM_TYPE_NAME.matcher(type).find(),
                field.apply("talker"), field.apply("room_name"), text == null ? "" : text,
                src == null || src.startsWith("http") ? null : src, field.apply("CreateTime"));
    }
}
