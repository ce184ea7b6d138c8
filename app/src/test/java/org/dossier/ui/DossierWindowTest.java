package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.dossier.app.Services;
import java.util.stream.IntStream;
import org.dossier.model.SearchHit;
import org.dossier.search.SearchService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DossierWindowTest {
    @TempDir
    static Path home;

    private Services services;

    @org.junit.jupiter.api.AfterEach
    void stopParsers() {
        services.close();
    }

    @Start
    void start(Stage stage) {
        services = Services.create(home, Clock.fixed(Instant.parse("2024-01-08T09:00:00Z"), ZoneOffset.UTC), 2);
        new DossierWindow(services, stage);
        stage.show();
    }

    @Test
    void theWindowOpensOnTheWelcomeViewOfferingTheSampleCase(FxRobot robot) {
        assertEquals("Dossier", ((Stage) robot.window(0)).getTitle());
        Button sample = robot.lookup("#open-sample").queryButton();
        assertEquals("Open the sample case", sample.getText());
        assertTrue(sample.isDefaultButton());
        assertTrue(robot.lookup("#open-case").tryQuery().isPresent());
        assertTrue(robot.lookup("#new-case").tryQuery().isPresent());
    }

    @Test
    void theSampleCaseOpensAndFindsAChinesePhrase(FxRobot robot) throws Exception {
        robot.clickOn("#open-sample");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup("#case-summary").tryQuery().map(node -> ((Label) node).getText().contains("documents")).orElse(false));
        assertFalse(robot.lookup("#case-summary").queryAs(Label.class).getText().startsWith("0 files"));

        robot.clickOn("#search").write("停止调用").type(KeyCode.ENTER);
        ListView<SearchHit> hits = robot.lookup("#hits").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !hits.getItems().isEmpty());
        assertTrue(hits.getItems().stream().allMatch(hit -> SearchService.markedSnippet(hit).contains("«停止调用»")));
        int mail = IntStream.range(0, hits.getItems().size())
                .filter(i -> hits.getItems().get(i).heading().contains("Stop using Lumina")).findFirst().orElseThrow();
        assertTrue(hits.getItems().stream().anyMatch(hit -> "tidewater-data · 陈立 Chen Li".equals(hit.heading())),
                "the Slack message with the same words is found too");

        robot.interact(() -> hits.getSelectionModel().select(mail));
        TextArea reader = robot.lookup("#reader").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> reader.getText().contains("sha256"));
        assertTrue(reader.getText().contains("从今天起，潮汐项目立即停止调用 Lumina API"), reader.getText());
    }
}
