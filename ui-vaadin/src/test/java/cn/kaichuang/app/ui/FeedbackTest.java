package cn.kaichuang.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import cn.kaichuang.identity.AccessRefusedException;
import cn.kaichuang.submission.SubmissionException;
import cn.kaichuang.teaching.TeachingException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The one refusal-to-notification path every feature's views go through. */
class FeedbackTest extends KaribuTest {

    private final Div component = new Div();

    @BeforeEach
    void inChinese() {
        UI.getCurrent().setLocale(LocalePreference.CHINESE);
        UI.getCurrent().add(component);
    }

    @Test
    void anArgumentInTheRefusalsOwnNamespaceIsTranslatedOthersAreShownAsTheyAre() {
        Feedback feedback = new Feedback(component, "submission.error.forbidden");

        assertThat(feedback.succeeds(() -> {
            throw new SubmissionException("submission.error.too-long", "submission.return.reason", "500");
        })).isFalse();
        NotificationsKt.expectNotifications("“退回意见”中的文字不能超过 500 字，未保存");

        assertThat(feedback.<String>attempt(() -> {
            throw new TeachingException("teaching.error.too-long", "submission.return.reason", "500");
        })).isNull();
        NotificationsKt.expectNotifications("“submission.return.reason”不能超过 500 字，未保存");
    }

    @Test
    void aForbiddenCallShowsTheFeaturesMessageWithTheOperation() {
        Feedback feedback = new Feedback(component, "courseware.error.forbidden");

        assertThat(feedback.succeeds(() -> {
            throw new AccessRefusedException("courseware.publish");
        })).isFalse();
        NotificationsKt.expectNotifications("您无权执行此操作（courseware.publish）");
    }

    @Test
    void aSuccessfulCallAnswersAndAnythingButARefusalIsNotSwallowed() {
        Feedback feedback = new Feedback(component, "teaching.error.forbidden");

        assertThat(feedback.attempt(() -> "answer")).isEqualTo("answer");
        assertThat(feedback.succeeds(() -> { })).isTrue();
        NotificationsKt.expectNotifications();
        assertThatIllegalStateException().isThrownBy(() -> feedback.succeeds(() -> {
            throw new IllegalStateException("a bug, not a refusal");
        }));
    }
}
