package cn.kaichuang.app.ui.outreach;

import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.outreach.LiveSessions;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * A live session in the page: the browser's own video element plays the HLS stream where it can
 * (Safari, and the phone browsers trainees use); elsewhere the address opens in a player of the
 * device's choice. Opening it while it runs records the trainee's attendance; afterwards the
 * replay plays instead.
 */
@Route(value = "services/live", layout = MainLayout.class)
@RolesAllowed({Roles.TRAINEE, Roles.PROVINCE_ADMIN, Roles.PREFECTURE_ADMIN})
public class LiveView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final LiveSessions live;
    private String title = "";
    Element video = new Element("video");

    LiveView(LiveSessions live) {
        this.live = live;
        addClassName("kc-view");
        setMaxWidth("40rem");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        add(new RouterLink(getTranslation("outreach.back"), ServicesHubView.class));
        Optional<LiveSessions.Live> found = live.open(id);
        if (found.isEmpty()) {
            add(new EmptyState(VaadinIcon.PLAY_CIRCLE_O, getTranslation("outreach.live.not-found")));
            return;
        }
        LiveSessions.Live session = found.get();
        title = session.title();
        add(new H2(session.title()), Cards.line(VaadinIcon.CLOCK, Formats.dateTime(this, session.startsAt())
                + " – " + Formats.dateTime(this, session.endsAt())),
                Cards.badge(getTranslation("outreach.live.phase." + session.phase()), "contrast"));
        String source = switch (session.phase()) {
            case LIVE -> session.streamUrl();
            case ENDED -> session.replayUrl();
            case UPCOMING -> null;
        };
        if (source == null) {
            add(new Paragraph(getTranslation(session.phase() == LiveSessions.Phase.UPCOMING
                    ? "outreach.live.not-started" : "outreach.live.no-replay")));
            return;
        }
        video = new Element("video");
        video.setAttribute("controls", true);
        video.setAttribute("playsinline", true);
        video.setAttribute("src", source);
        video.getStyle().set("width", "100%").set("max-height", "60vh").set("background", "black");
        Div player = new Div();
        player.getElement().appendChild(video);
        player.setWidthFull();
        add(player, new Paragraph(getTranslation("outreach.live.hint")),
                new Anchor(source, getTranslation("outreach.live.open-link"), AnchorTarget.BLANK));
        if (!session.description().isBlank()) {
            add(new Paragraph(session.description()));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
