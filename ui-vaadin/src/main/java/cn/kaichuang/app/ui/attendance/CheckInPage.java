package cn.kaichuang.app.ui.attendance;

import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.attendance.CheckInProperties;
import cn.kaichuang.attendance.CheckIns;
import cn.kaichuang.attendance.CheckInRefusedException;
import cn.kaichuang.attendance.CheckedIn;
import cn.kaichuang.attendance.Position;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import org.jspecify.annotations.Nullable;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * 课堂签到 on the trainee's phone (375 px first): opened from the lecturer's QR code (after the
 * login when needed, Spring Security returns here); the browser's position goes to the server,
 * which decides. Every refusal is shown in words the trainee can act on.
 */
@Route(value = "check-in/:token", layout = MainLayout.class)
@RolesAllowed(Roles.TRAINEE)
public class CheckInPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /**
     * Resolves to JSON: the position, or the error's code (1 denied, 2 unavailable, 3 timeout).
     * High accuracy: a phone's GPS fix, not the network's guess, is what the accuracy limit wants.
     */
    static final String LOCATE = """
            return new Promise(resolve => {
              if (!navigator.geolocation) { resolve(JSON.stringify({error: 0})); return; }
              navigator.geolocation.getCurrentPosition(
                p => resolve(JSON.stringify({lat: p.coords.latitude, lon: p.coords.longitude, acc: p.coords.accuracy})),
                e => resolve(JSON.stringify({error: e.code})),
                {enableHighAccuracy: true, timeout: 15000, maximumAge: 0});
            });""";

    private final CheckIns checkIns;
    private final ObjectMapper json = new ObjectMapper();
    private final Button checkIn = new Button();
    private final TextField lastFour = new TextField();
    private final Div message = new Div();
    private String token = "";
    private byte @Nullable [] photo;

    CheckInPage(CheckIns checkIns, CheckInProperties properties) {
        this.checkIns = checkIns;
        addClassName("kc-view");
        addClassName("kc-check-in");
        setMaxWidth("30rem");
        add(new H2(getTranslation("checkin.page.title")));
        Div hint = new Div(getTranslation("checkin.page.hint"));
        lastFour.setLabel(getTranslation("checkin.page.last-four"));
        lastFour.setMaxLength(4);
        lastFour.setPattern("[0-9Xx]{4}");
        lastFour.setWidthFull();
        lastFour.setVisible(false);
        checkIn.setText(getTranslation("checkin.page.button"));
        checkIn.setIcon(VaadinIcon.MAP_MARKER.create());
        checkIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        checkIn.setWidthFull();
        checkIn.setDisableOnClick(true);
        checkIn.addClickListener(click -> locate());
        message.addClassName("kc-check-in-message");
        // Optional evidence; the server checks type and size again by content.
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> ui.access(() -> photo = data)));
        upload.setAcceptedFileTypes("image/jpeg", "image/png");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, properties.photoMaxBytes()));
        upload.setUploadButton(new Button(getTranslation("checkin.page.photo"), VaadinIcon.CAMERA.create()));
        upload.addFileRejectedListener(rejected -> show(false, getTranslation("checkin.error.photo-size",
                properties.photoMaxBytes() / 1024)));
        upload.addFileRemovedListener(removed -> photo = null);
        upload.setWidthFull();
        add(hint, lastFour, upload, checkIn, message);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
    }

    private void locate() {
        message.setText(getTranslation("checkin.page.locating"));
        getElement().executeJs(LOCATE).then(String.class, this::located, error -> {
            checkIn.setEnabled(true);
            show(false, getTranslation("checkin.error.no-position"));
        });
    }

    void located(String result) {
        JsonNode node = json.readTree(result);
        if (node.has("error")) {
            checkIn.setEnabled(true);
            show(false, getTranslation(node.get("error").asInt() == 1 ? "checkin.error.denied"
                    : "checkin.error.no-position"));
            return;
        }
        submit(new Position(node.get("lat").asDouble(), node.get("lon").asDouble(), node.get("acc").asDouble()));
    }

    /** Sends the position with the token; on success the button goes, on refusal it stays for another try. */
    void submit(Position position) {
        try {
            byte[] evidence = photo;
            CheckedIn done = checkIns.checkIn(token, position, lastFour.isVisible() ? lastFour.getValue() : null,
                    evidence == null ? null : new ByteArrayInputStream(evidence));
            checkIn.setVisible(false);
            lastFour.setVisible(false);
            show(true, getTranslation("checkin.page.done", done.topic(),
                    DateTimeFormatter.ofPattern("HH:mm").format(done.at().atZone(cn.kaichuang.app.ui.Formats.CHINA)),
                    done.distanceMeters()));
        } catch (CheckInRefusedException e) {
            if (e.messageKey().equals("checkin.error.id-digits")) {
                lastFour.setVisible(true);
            }
            checkIn.setEnabled(true);
            show(false, getTranslation(e.messageKey(), e.arguments().toArray()));
        }
    }

    private void show(boolean success, String text) {
        message.setText(text);
        message.getElement().setAttribute("theme", success ? "badge success" : "badge error");
        message.getStyle().set("white-space", "normal").set("padding", "var(--lumo-space-s)");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("checkin.page.title") + " | " + getTranslation("app.name");
    }
}
