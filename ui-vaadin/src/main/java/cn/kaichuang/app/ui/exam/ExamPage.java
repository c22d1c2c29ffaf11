package cn.kaichuang.app.ui.exam;

import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.exam.AttemptResult;
import cn.kaichuang.exam.AttemptView;
import cn.kaichuang.exam.Attempts;
import cn.kaichuang.exam.ExamException;
import cn.kaichuang.exam.ExamItem;
import cn.kaichuang.exam.Saved;
import cn.kaichuang.question.QuestionType;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The exam on the trainee's phone (375 px first): one question per screen with a navigator, the
 * server's countdown, and every answer saved as it is chosen. A reload calls {@link Attempts#open},
 * which returns the saved answers and the server's remaining time and makes this page the one that
 * may write. The page reports when it loses focus; at zero it asks the server for the result.
 */
@Route(value = "exam", layout = MainLayout.class)
@RolesAllowed(Roles.TRAINEE)
public class ExamPage extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final String TIMER = """
            const view = this, label = $0;
            if (view._kcTimer) { clearInterval(view._kcTimer); }
            const end = Date.now() + $1 * 1000;
            const tick = () => {
              const left = Math.max(0, Math.round((end - Date.now()) / 1000));
              label.textContent = String(Math.floor(left / 60)).padStart(2, '0') + ':' + String(left % 60).padStart(2, '0');
              if (left <= 0) { clearInterval(view._kcTimer); view._kcTimer = null; view.$server.timeUp(); }
            };
            tick();
            view._kcTimer = setInterval(tick, 1000);
            """;
    private static final String FOCUS = """
            const view = this;
            if (!view._kcFocus) {
              view._kcFocus = true;
              let away = false;
              const lost = () => { if (!away && view.isConnected) { away = true; view.$server.focusLost(); } };
              const back = () => { away = false; };
              document.addEventListener('visibilitychange', () => document.hidden ? lost() : back());
              window.addEventListener('blur', lost);
              window.addEventListener('focus', back);
            }
            """;

    private final Attempts attempts;
    private final Clock clock;
    final H3 title = new H3();
    final Span timer = new Span();
    final Span saveState = new Span();
    final Span progress = new Span();
    final Div stem = new Div();
    final RadioButtonGroup<Integer> single = new RadioButtonGroup<>();
    final CheckboxGroup<Integer> multiple = new CheckboxGroup<>();
    final Button previous = new Button();
    final Button next = new Button();
    final Div navigator = new Div();
    final Button submit = new Button();
    final VerticalLayout paper = new VerticalLayout();
    final VerticalLayout result = new VerticalLayout();
    private @Nullable AttemptView attempt;
    private final Map<Integer, List<Integer>> answers = new HashMap<>();
    private int current;
    private boolean loading;

    ExamPage(Attempts attempts, Optional<Clock> clock) {
        this.attempts = attempts;
        this.clock = clock.orElse(Clock.systemUTC());
        addClassName("kc-view");
        addClassName("kc-exam");
        setMaxWidth("30rem");
        timer.addClassName("kc-exam-timer");
        timer.setId("exam-timer");
        saveState.addClassName("kc-exam-saved");
        saveState.setId("exam-saved");
        HorizontalLayout bar = new HorizontalLayout(timer, saveState);
        bar.setWidthFull();
        bar.setJustifyContentMode(JustifyContentMode.BETWEEN);
        stem.addClassName("kc-exam-stem");
        stem.setId("exam-stem");
        progress.setId("exam-progress");
        single.addThemeName("vertical");
        single.setId("exam-single");
        multiple.addThemeName("vertical");
        multiple.setId("exam-multiple");
        single.addValueChangeListener(e -> {
            if (!loading) {
                save(e.getValue() == null ? List.of() : List.of(e.getValue()));
            }
        });
        multiple.addValueChangeListener(e -> {
            if (!loading) {
                save(e.getValue().stream().sorted().toList());
            }
        });
        previous.setText(getTranslation("exam-page.previous"));
        previous.setId("exam-previous");
        previous.addClickListener(e -> show(current - 1));
        next.setText(getTranslation("exam-page.next"));
        next.setId("exam-next");
        next.addClickListener(e -> show(current + 1));
        HorizontalLayout moves = new HorizontalLayout(previous, next);
        moves.setWidthFull();
        moves.setJustifyContentMode(JustifyContentMode.BETWEEN);
        navigator.addClassName("kc-exam-navigator");
        submit.setText(getTranslation("exam-page.submit"));
        submit.setId("exam-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setWidthFull();
        submit.addClickListener(e -> confirmSubmit());
        paper.setPadding(false);
        paper.add(bar, progress, stem, single, multiple, moves, navigator, submit);
        result.setPadding(false);
        result.setId("exam-result");
        result.setVisible(false);
        add(title, paper, result);
    }

    @Override
    public void setParameter(BeforeEvent event, Long attemptId) {
        try {
            load(attempts.open(attemptId));
        } catch (ExamException e) {
            paper.setVisible(false);
            result.setVisible(true);
            result.removeAll();
            result.add(new Div(getTranslation(e.messageKey(), e.argument())));
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        getElement().executeJs(FOCUS);
        if (attempt != null && !attempt.submitted()) {
            startTimer(attempt.remaining());
        }
    }

    private void load(AttemptView view) {
        attempt = view;
        title.setText(view.sittingName());
        answers.clear();
        answers.putAll(view.answers());
        if (view.submitted()) {
            showResult(view.result());
            return;
        }
        timer.setText(clockText(view.remaining()));
        saveState.setText(getTranslation("exam-page.resumed", answers.size()));
        show(0);
    }

    private void show(int position) {
        AttemptView view = attempt;
        if (view == null || position < 0 || position >= view.items().size()) {
            return;
        }
        current = position;
        ExamItem item = view.items().get(position);
        progress.setText(getTranslation("exam-page.progress", position + 1, view.items().size(),
                getTranslation("question.type." + item.type().name()), item.score()));
        stem.setText(item.stem());
        loading = true;
        List<Integer> positions = IntStream.range(0, item.options().size()).boxed().toList();
        List<Integer> chosen = answers.getOrDefault(position, List.of());
        boolean many = item.type() == QuestionType.MULTIPLE_CHOICE;
        single.setVisible(!many);
        multiple.setVisible(many);
        if (many) {
            multiple.setItems(positions);
            multiple.setItemLabelGenerator(i -> label(item, i));
            multiple.setValue(new java.util.HashSet<>(chosen));
        } else {
            single.setItems(positions);
            single.setItemLabelGenerator(i -> label(item, i));
            single.setValue(chosen.isEmpty() ? null : chosen.getFirst());
        }
        loading = false;
        previous.setEnabled(position > 0);
        next.setEnabled(position < view.items().size() - 1);
        refreshNavigator();
    }

    private static String label(ExamItem item, int i) {
        return item.type() == QuestionType.TRUE_FALSE ? item.options().get(i)
                : (char) ('A' + i) + ". " + item.options().get(i);
    }

    private void refreshNavigator() {
        navigator.removeAll();
        AttemptView view = attempt;
        if (view == null) {
            return;
        }
        for (int i = 0; i < view.items().size(); i++) {
            int position = i;
            Button jump = new Button(String.valueOf(i + 1), e -> show(position));
            jump.addThemeVariants(ButtonVariant.LUMO_SMALL);
            if (!answers.getOrDefault(i, List.of()).isEmpty()) {
                jump.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
                jump.addClassName("kc-answered");
            }
            if (i == current) {
                jump.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            navigator.add(jump);
        }
    }

    private void save(List<Integer> chosen) {
        AttemptView view = attempt;
        if (view == null) {
            return;
        }
        int position = current;
        saveState.setText(getTranslation("exam-page.saving"));
        try {
            Saved saved = attempts.answer(view.id(), view.sessionToken(), position, chosen);
            answers.put(position, chosen);
            saveState.setText(getTranslation("exam-page.saved", SAVED_AT.format(saved.savedAt().atZone(Formats.CHINA))));
            startTimer(saved.remaining());
            refreshNavigator();
        } catch (ExamException e) {
            refused(e);
        }
    }

    private void refused(ExamException e) {
        saveState.setText(getTranslation("exam-page.not-saved"));
        switch (e.messageKey()) {
            case "exam.error.deadline", "exam.error.submitted" -> {
                AttemptView view = attempt;
                if (view != null) {
                    attempts.result(view.id()).ifPresent(this::showResult);
                }
            }
            case "exam.error.taken-over" -> {
                paper.setEnabled(false);
                stopTimer();
            }
            default -> show(current);
        }
        Notification.show(getTranslation(e.messageKey(), e.argument()), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void confirmSubmit() {
        AttemptView view = attempt;
        if (view == null) {
            return;
        }
        long open = IntStream.range(0, view.items().size())
                .filter(i -> answers.getOrDefault(i, List.of()).isEmpty()).count();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("exam-page.confirm-title"));
        dialog.setText(open == 0 ? getTranslation("exam-page.confirm-all")
                : getTranslation("exam-page.confirm-open", open));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("exam-page.confirm-cancel"));
        dialog.setConfirmText(getTranslation("exam-page.submit"));
        dialog.addConfirmListener(e -> submitNow());
        dialog.open();
    }

    void submitNow() {
        AttemptView view = attempt;
        if (view == null) {
            return;
        }
        try {
            showResult(attempts.submit(view.id(), view.sessionToken()));
        } catch (ExamException e) {
            refused(e);
        }
    }

    /** The page's countdown reached zero: the server marks the attempt once its deadline has passed. */
    @ClientCallable
    void timeUp() {
        AttemptView view = attempt;
        if (view == null || result.isVisible()) {
            return;
        }
        Optional<AttemptResult> marked = attempts.result(view.id());
        if (marked.isPresent()) {
            showResult(marked.get());
        } else {
            // The phone's clock ran ahead of the server's: count the rest from the server's time.
            startTimer(Duration.between(clock.instant(), view.deadline()).plusSeconds(1));
        }
    }

    @ClientCallable
    void focusLost() {
        AttemptView view = attempt;
        if (view != null && !result.isVisible()) {
            attempts.focusLost(view.id(), view.sessionToken());
        }
    }

    private void showResult(@Nullable AttemptResult marked) {
        stopTimer();
        paper.setVisible(false);
        result.removeAll();
        result.setVisible(true);
        if (marked == null) {
            return;
        }
        Span verdict = new Span(getTranslation(marked.passed() ? "sitting.passed" : "sitting.failed"));
        verdict.getElement().getThemeList().add("badge");
        verdict.getElement().getThemeList().add(marked.passed() ? "success" : "error");
        verdict.setId("exam-verdict");
        Div score = new Div(getTranslation("exam-page.score", ExamSittingsView.score(marked.score()),
                marked.totalScore(), marked.passMark()));
        score.setId("exam-score");
        score.addClassName("kc-exam-score");
        result.add(verdict, score, new Div(getTranslation("exam-page.correct", marked.correct(), marked.questions())));
        if (marked.byDeadline()) {
            result.add(new Div(getTranslation("exam-page.by-deadline")));
        }
        Button back = new Button(getTranslation("exam-page.back"),
                e -> getUI().ifPresent(ui -> ui.navigate(MyExamsView.class)));
        back.setId("exam-back");
        result.add(back);
    }

    private void startTimer(Duration remaining) {
        long seconds = Math.max(0, remaining.toSeconds());
        timer.setText(clockText(remaining));
        getElement().executeJs(TIMER, timer.getElement(), seconds);
    }

    private void stopTimer() {
        getElement().executeJs("if (this._kcTimer) { clearInterval(this._kcTimer); this._kcTimer = null; }");
    }

    static String clockText(Duration remaining) {
        long seconds = Math.max(0, remaining.toSeconds());
        return "%02d:%02d".formatted(seconds / 60, seconds % 60);
    }

    @Override
    public String getPageTitle() {
        return (attempt == null ? getTranslation("my-exams.title") : attempt.sittingName()) + " | "
                + getTranslation("app.name");
    }
}
