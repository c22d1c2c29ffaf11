package cn.kaichuang.app.ui.teaching;

import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.teaching.MyResource;
import cn.kaichuang.teaching.TeachingResources;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** 学习资源: the resources of the trainee's cohorts with how far they got, as cards for a phone. */
@Route(value = "my-resources", layout = MainLayout.class)
@RolesAllowed(Roles.TRAINEE)
public class MyResourcesView extends VerticalLayout implements HasDynamicTitle {

    final List<MyResource> resources;

    MyResourcesView(TeachingResources teaching) {
        addClassName("kc-view");
        add(new H2(getTranslation("teaching.my-resources.title")));
        resources = teaching.mine();
        if (resources.isEmpty()) {
            add(new EmptyState(VaadinIcon.BOOK, getTranslation("teaching.my-resources.empty")));
            return;
        }
        Div cards = new Div();
        cards.addClassName("kc-cards");
        resources.forEach(resource -> cards.add(card(resource)));
        add(cards);
    }

    private Card card(MyResource resource) {
        Card card = new Card();
        card.addClassName("kc-resource-card");
        card.setTitle(resource.resource().title());
        card.setSubtitle(new Span(getTranslation("teaching.resource-kind." + resource.resource().kind().name())
                + " · " + resource.cohortName()));
        if (resource.progress().finished()) {
            Span done = new Span(getTranslation("teaching.finished"));
            done.getElement().setAttribute("theme", "badge success pill");
            card.setHeaderSuffix(done);
        }
        ProgressBar bar = new ProgressBar(0, 100, resource.progress().percent());
        card.add(bar, new Span(getTranslation("teaching.progress", resource.progress().percent())));
        Button study = new Button(getTranslation(resource.progress().percent() > 0 ? "teaching.continue"
                : "teaching.study"), VaadinIcon.PLAY.create(), click -> card.getUI()
                .ifPresent(ui -> ui.navigate(ResourcePlayerView.class, resource.resource().id().value())));
        study.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        card.addToFooter(study);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("teaching.my-resources.title") + " | " + getTranslation("app.name");
    }
}
