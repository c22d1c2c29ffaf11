package cn.kaichuang.app.ui.outreach;

import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.CourseTypes;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.Feedback;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.outreach.Policies;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 政策发布: the province and prefectures write policies in Markdown with a live preview, choose
 * the audience, attach files, and see how many trainees read each one, per region.
 */
@Route(value = "outreach/policies", layout = MainLayout.class)
@RolesAllowed({Roles.PROVINCE_ADMIN, Roles.PREFECTURE_ADMIN})
public class PolicyAdminView extends VerticalLayout implements HasDynamicTitle {

    private final Policies policies;
    private final Feedback feedback = new Feedback(this, "outreach.error.forbidden");
    final Grid<Policies.Policy> grid = new Grid<>();
    private Map<Long, Policies.Reads> reads = Map.of();
    private final EmptyState empty;

    PolicyAdminView(Policies policies) {
        this.policies = policies;
        addClassName("kc-view");
        setSizeFull();
        grid.addColumn(Policies.Policy::title).setHeader(getTranslation("outreach.field.title")).setFlexGrow(3);
        grid.addColumn(p -> String.join("、", p.tags())).setHeader(getTranslation("outreach.field.tags")).setAutoWidth(true);
        grid.addColumn(p -> Formats.dateTime(this, p.publishedAt())).setHeader(getTranslation("outreach.field.published-at"))
                .setAutoWidth(true);
        grid.addColumn(p -> getTranslation(p.published() ? "outreach.policy.published" : "outreach.policy.withdrawn"))
                .setHeader(getTranslation("outreach.field.status")).setAutoWidth(true);
        grid.addColumn(p -> reads.containsKey(p.id()) ? reads.get(p.id()).readers() : 0)
                .setHeader(getTranslation("outreach.policy.readers")).setAutoWidth(true);
        grid.addColumn(p -> reads.containsKey(p.id()) ? reads.get(p.id()).reads() : 0)
                .setHeader(getTranslation("outreach.policy.reads")).setAutoWidth(true);
        grid.addComponentColumn(p -> {
            HorizontalLayout actions = new HorizontalLayout(
                    Fields.small(getTranslation("outreach.policy.by-region"), () -> regionDialog(p).open()),
                    Fields.small(getTranslation("outreach.policy.attach"), () -> attachDialog(p).open()),
                    Fields.small(getTranslation("outreach.policy.view"), () -> UI.getCurrent().navigate(PolicyView.class, p.id())));
            if (p.published()) {
                actions.add(Fields.small(getTranslation("outreach.policy.withdraw"), () -> confirmWithdraw(p)));
            }
            actions.setSpacing(false);
            return actions;
        }).setHeader(getTranslation("outreach.field.actions")).setAutoWidth(true);
        empty = new EmptyState(VaadinIcon.FILE_TEXT_O, getTranslation("outreach.policy.none-published"));
        add(new H2(getTranslation("nav.outreach-policies")),
                Fields.primary(getTranslation("outreach.policy.new"), () -> publishDialog().open()), grid, empty);
        refresh();
    }

    void refresh() {
        reads = policies.readsPerPolicy().stream().collect(Collectors.toMap(Policies.Reads::policyId, r -> r));
        List<Policies.Policy> all = policies.browse(null, null);
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
    }

    FormDialog publishDialog() {
        TextField title = Fields.text(this, "outreach.field.title", 200);
        TextArea body = Fields.area(this, "outreach.field.body", 20_000);
        body.setHelperText(getTranslation("outreach.policy.markdown-hint"));
        body.setMinHeight("10rem");
        Div preview = new Div();
        preview.addClassName("kc-policy-body");
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.addValueChangeListener(change -> {
            preview.removeAll();
            preview.add(new Html("<div>" + cn.kaichuang.outreach.PolicyMarkdown.html(change.getValue()) + "</div>"));
        });
        TextField tags = Fields.text(this, "outreach.field.tags", 300);
        tags.setHelperText(getTranslation("outreach.policy.tags-hint"));
        TextField regions = Fields.text(this, "outreach.field.regions", 300);
        regions.setHelperText(getTranslation("outreach.policy.regions-hint"));
        CheckboxGroup<CourseType> types = new CheckboxGroup<>(getTranslation("outreach.field.course-types"));
        types.setItems(CourseType.values());
        types.setItemLabelGenerator(t -> CourseTypes.name(this, t));
        types.setHelperText(getTranslation("outreach.policy.types-hint"));
        return new FormDialog(getTranslation("outreach.policy.new"), getTranslation("outreach.policy.publish"), () -> {
            Long id = feedback.attempt(() -> policies.publish(new Policies.NewPolicy(title.getValue(), body.getValue(),
                    split(tags.getValue()), new LinkedHashSet<>(split(regions.getValue())), Set.copyOf(types.getValue()))));
            if (id != null) {
                feedback.done("outreach.policy.done", title.getValue());
                refresh();
            }
            return id != null;
        }, title, body, new Paragraph(getTranslation("outreach.policy.preview")), preview, tags, regions, types);
    }

    private static List<String> split(String value) {
        return Arrays.stream(value.split("[,，、\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private Dialog regionDialog(Policies.Policy policy) {
        Grid<Policies.Reads> byRegion = new Grid<>();
        byRegion.addColumn(r -> cn.kaichuang.app.ui.Regions.name(this, r.key())).setHeader(getTranslation("outreach.field.region"));
        byRegion.addColumn(Policies.Reads::readers).setHeader(getTranslation("outreach.policy.readers"));
        byRegion.addColumn(Policies.Reads::reads).setHeader(getTranslation("outreach.policy.reads"));
        List<Policies.Reads> rows = feedback.attempt(() -> policies.readsPerRegion(policy.id()));
        byRegion.setItems(rows == null ? List.of() : rows);
        byRegion.setAllRowsVisible(true);
        Dialog dialog = new Dialog(byRegion);
        dialog.setHeaderTitle(policy.title());
        dialog.setWidth("min(32rem, 90vw)");
        dialog.getFooter().add(Fields.small(getTranslation("action.close"), dialog::close));
        return dialog;
    }

    private Dialog attachDialog(Policies.Policy policy) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("outreach.policy.attach-title", policy.title()));
        Upload upload = new Upload((UploadEvent event) -> {
            UI ui = event.getUI();
            RuntimeException refusal = null;
            try (InputStream in = event.getInputStream()) {
                policies.attach(policy.id(), in, event.getFileName());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                refusal = e;
            }
            RuntimeException outcome = refusal;
            ui.access(() -> {
                if (feedback.succeeds(() -> {
                    if (outcome != null) {
                        throw outcome;
                    }
                })) {
                    feedback.done("outreach.policy.attached", event.getFileName());
                }
            });
        });
        upload.setMaxFiles(5);
        upload.setAcceptedFileTypes(".pdf", ".docx", ".pptx", ".png", ".jpg", ".jpeg");
        dialog.add(new Paragraph(getTranslation("outreach.policy.attach-hint")), upload);
        dialog.getFooter().add(Fields.small(getTranslation("action.close"), dialog::close));
        return dialog;
    }

    private void confirmWithdraw(Policies.Policy policy) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("outreach.policy.withdraw"),
                getTranslation("outreach.policy.withdraw.confirm", policy.title()), getTranslation("outreach.policy.withdraw"),
                ok -> {
                    if (feedback.succeeds(() -> policies.withdraw(policy.id()))) {
                        refresh();
                    }
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.outreach-policies") + " | " + getTranslation("app.name");
    }
}
