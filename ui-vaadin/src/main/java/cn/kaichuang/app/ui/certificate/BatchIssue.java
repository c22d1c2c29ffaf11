package cn.kaichuang.app.ui.certificate;

import cn.kaichuang.certificate.Certificate;
import cn.kaichuang.certificate.IssueSummary;
import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Ids.TraineeId;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Issues "all eligible" of a cohort {@value #CHUNK} trainees per round trip, driven by UI polling,
 * so the progress bar moves during a large cohort and each round trip stays short. Every request
 * passes the login and institution filters as usual; nothing runs outside a request.
 */
final class BatchIssue {

    static final int CHUNK = 10;

    private final CertificatesView view;
    private final CohortView cohort;
    private final Deque<TraineeId> pending;
    private final int total;
    private final List<Certificate> issued = new ArrayList<>();
    private final ProgressBar bar = new ProgressBar();
    private final Span done = new Span();
    private final Dialog dialog = new Dialog();
    private int holding;
    private int notEligible;
    private @Nullable Registration poll;

    BatchIssue(CertificatesView view, CohortView cohort, List<TraineeId> roster) {
        this.view = view;
        this.cohort = cohort;
        this.pending = new ArrayDeque<>(roster);
        this.total = roster.size();
    }

    void start() {
        if (pending.size() <= CHUNK) {
            step();
            return;
        }
        bar.setMin(0);
        bar.setMax(total);
        bar.setValue(0);
        dialog.setHeaderTitle(view.getTranslation("certificates.progress.title", cohort.name()));
        dialog.addClassName("kc-issue-progress");
        dialog.setCloseOnEsc(false);
        dialog.setCloseOnOutsideClick(false);
        dialog.add(bar, done);
        dialog.setWidth("min(28rem, 95vw)");
        dialog.open();
        UI ui = UI.getCurrent();
        poll = ui.addPollListener(event -> step());
        ui.setPollInterval(250);
        show();
    }

    private void step() {
        List<TraineeId> chunk = new ArrayList<>();
        while (chunk.size() < CHUNK && !pending.isEmpty()) {
            chunk.add(pending.poll());
        }
        IssueSummary part = view.attempt(() -> view.certificates().issueEligible(cohort.id(), chunk));
        if (part == null) {
            pending.clear();
        } else {
            issued.addAll(part.issued());
            holding += part.alreadyHolding();
            notEligible += part.notEligible();
        }
        show();
        if (pending.isEmpty()) {
            finish(part != null);
        }
    }

    private void show() {
        bar.setValue(total - pending.size());
        done.setText(view.getTranslation("certificates.progress", total - pending.size(), total, issued.size()));
    }

    private void finish(boolean completed) {
        if (poll != null) {
            poll.remove();
            UI.getCurrent().setPollInterval(-1);
        }
        dialog.close();
        view.refresh();
        if (completed || !issued.isEmpty()) {
            view.showSummary(new IssueSummary(issued, holding, notEligible));
        }
    }
}
