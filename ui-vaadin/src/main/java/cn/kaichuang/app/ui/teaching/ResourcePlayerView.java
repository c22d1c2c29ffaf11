package cn.kaichuang.app.ui.teaching;

import cn.kaichuang.app.security.CurrentUser;
import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.Feedback;
import cn.kaichuang.identity.Role;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.teaching.Playback;
import cn.kaichuang.teaching.Progress;
import cn.kaichuang.teaching.ResourceId;
import cn.kaichuang.teaching.ResourceKind;
import cn.kaichuang.teaching.TeachingException;
import cn.kaichuang.teaching.TeachingResources;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The resource player. A video plays from its short-lived link (the object store serves ranges)
 * and reports its position every few seconds; the server accepts no more than real time, and a
 * refused jump puts the player back where the trainee had got to. A PDF is read a page at a time,
 * rendered on the server (phones' browsers often only download PDFs), which is how the server
 * knows the pages seen. Resumes where the trainee left off.
 */
@Route(value = "my-resource", layout = MainLayout.class)
@RolesAllowed({Roles.TRAINEE, Roles.LECTURER, Roles.INSTITUTION_ADMIN})
public class ResourcePlayerView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    /** Reports every 5 s while playing, and on pause, seek and end; resumes at $1. */
    private static final String WIRE_VIDEO = """
            const view = this; const video = $0; let last = 0;
            const report = () => { last = Date.now(); view.$server.report(video.currentTime); };
            video.addEventListener('loadedmetadata', () => { if ($1 > 0 && $1 < video.duration) video.currentTime = $1; },
                { once: true });
            video.addEventListener('timeupdate', () => { if (!video.paused && Date.now() - last >= 5000) report(); });
            video.addEventListener('pause', report);
            video.addEventListener('ended', report);""";
    private static final int PAGE_WIDTH = 750;

    private final TeachingResources resources;
    private final Feedback feedback = new Feedback(this, "teaching.error.forbidden");
    final ProgressBar bar = new ProgressBar(0, 100);
    final Span progressText = new Span();
    final Span pageText = new Span();
    final Div page = new Div();
    final Button previous = new Button();
    final Button next = new Button();
    @Nullable Playback playback;
    @Nullable Element video;
    int currentPage;

    ResourcePlayerView(TeachingResources resources) {
        this.resources = resources;
        addClassName("kc-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        show(new ResourceId(id));
    }

    void show(ResourceId id) {
        removeAll();
        try {
            playback = resources.open(id);
        } catch (TeachingException e) {
            playback = null;
            add(new H2(getTranslation("teaching.player.title")),
                    new EmptyState(VaadinIcon.BOOK, Feedback.message(this, e)));
            return;
        }
        Playback p = playback;
        add(new H2(p.resource().title()));
        bar.setWidthFull();
        add(bar, progressText);
        progress(p.progress());
        switch (p.resource().kind()) {
            case VIDEO -> video(p);
            case PDF -> pdf(p);
            case IMAGE -> {
                Image image = new Image(p.url().toString(), p.resource().title());
                image.setWidthFull();
                add(image);
            }
            case SLIDES -> add(new Span(getTranslation("teaching.player.slides-hint")));
        }
        Anchor original = new Anchor(p.url().toString(), getTranslation("teaching.player.original"));
        original.setTarget(AnchorTarget.BLANK);
        original.addClassName("kc-resource-original");
        Button back = new Button(getTranslation("teaching.back-to-resources"), VaadinIcon.ARROW_LEFT.create(),
                click -> UI.getCurrent().navigate(MyResourcesView.class));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(original, back);
    }

    private void video(Playback p) {
        Element element = new Element("video");
        element.setAttribute("controls", true);
        element.setAttribute("playsinline", true);
        element.setAttribute("preload", "metadata");
        element.setAttribute("src", p.url().toString());
        element.getStyle().set("width", "100%").set("max-height", "60vh").set("background", "black");
        element.getClassList().add("kc-video");
        Div holder = new Div();
        holder.setWidthFull();
        holder.getElement().appendChild(element);
        add(holder);
        video = element;
        // Staff preview: nothing is measured for them.
        if (CurrentUser.require().is(Role.TRAINEE)) {
            getElement().executeJs(WIRE_VIDEO, element, p.progress().positionSeconds());
        }
    }

    /** The player's position, from the browser. */
    @ClientCallable
    void report(double positionSeconds) {
        Playback p = playback;
        if (p == null) {
            return;
        }
        try {
            progress(resources.watched(p.resource().id(), positionSeconds));
        } catch (TeachingException e) {
            if (e.messageKey().equals("teaching.error.too-fast")) {
                Progress now = resources.progress(p.resource().id());
                if (video != null) {
                    video.executeJs("this.currentTime = $0", now.watchedSeconds());
                }
            }
            feedback.error(Feedback.message(this, e));
        }
    }

    private void pdf(Playback p) {
        page.setWidthFull();
        page.addClassName("kc-pdf-page");
        previous.setText(getTranslation("teaching.player.previous"));
        previous.setIcon(VaadinIcon.ARROW_LEFT.create());
        previous.addClickListener(click -> turnTo(currentPage - 1));
        next.setText(getTranslation("teaching.player.next"));
        next.setIcon(VaadinIcon.ARROW_RIGHT.create());
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(click -> turnTo(currentPage + 1));
        HorizontalLayout controls = new HorizontalLayout(previous, pageText, next);
        controls.setAlignItems(Alignment.CENTER);
        controls.setWidthFull();
        controls.setJustifyContentMode(JustifyContentMode.BETWEEN);
        add(controls, page);
        int last = p.progress().lastPage();
        turnTo(last >= 1 && last <= p.resource().pages() ? last : 1);
    }

    /** Shows a page; for a trainee the server records it as read. */
    void turnTo(int number) {
        Playback p = playback;
        if (p == null || number < 1 || number > p.resource().pages()) {
            return;
        }
        byte[] png = feedback.attempt(() -> resources.page(p.resource().id(), number, PAGE_WIDTH));
        if (png == null) {
            return;
        }
        currentPage = number;
        Image image = new Image(png, getTranslation("teaching.player.page", number, p.resource().pages()));
        image.setWidthFull();
        image.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)");
        page.removeAll();
        page.add(image);
        pageText.setText(getTranslation("teaching.player.page", number, p.resource().pages()));
        previous.setEnabled(number > 1);
        next.setEnabled(number < p.resource().pages());
        // Staff preview: nothing is recorded for them.
        if (CurrentUser.require().is(Role.TRAINEE)) {
            progress(resources.progress(p.resource().id()));
        }
    }

    private void progress(Progress progress) {
        bar.setValue(progress.percent());
        progressText.setText(getTranslation(progress.finished() ? "teaching.progress-finished" : "teaching.progress",
                progress.percent()));
    }

    @Override
    public String getPageTitle() {
        return (playback == null ? getTranslation("teaching.player.title") : playback.resource().title()) + " | "
                + getTranslation("app.name");
    }
}
