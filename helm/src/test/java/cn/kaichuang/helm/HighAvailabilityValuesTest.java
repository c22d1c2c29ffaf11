package cn.kaichuang.helm;

import static cn.kaichuang.helm.Chart.FULLNAME;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.helm.Manifests.Manifest;
import org.junit.jupiter.api.Test;

/** ci/ha-values.yaml: three replicas, autoscaling, a disruption budget, zone spreading. */
class HighAvailabilityValuesTest {

    private final Manifests manifests = Chart.template().values("ha").render();
    private final Manifest deployment = manifests.get("Deployment", FULLNAME);

    @Test
    void letsTheAutoscalerOwnTheReplicaCount() {
        Manifest hpa = manifests.get("HorizontalPodAutoscaler", FULLNAME);

        assertThat(deployment.at("spec", "replicas")).as("a fixed count would fight the autoscaler").isNull();
        assertThat(hpa.at("spec", "minReplicas")).isEqualTo(3);
        assertThat(hpa.at("spec", "maxReplicas")).isEqualTo(10);
        assertThat(hpa.stringAt("spec", "scaleTargetRef", "kind")).isEqualTo("Deployment");
        assertThat(hpa.stringAt("spec", "scaleTargetRef", "name")).isEqualTo(FULLNAME);
        assertThat(hpa.at("spec", "metrics", 0, "resource", "target", "averageUtilization")).isEqualTo(65);
        assertThat(hpa.stringAt("spec", "metrics", 1, "resource", "name")).isEqualTo("memory");
        assertThat(hpa.at("spec", "behavior", "scaleDown", "stabilizationWindowSeconds")).isEqualTo(600);
    }

    @Test
    void runsThreeReplicasWithoutTheAutoscaler() {
        Manifests fixed = Chart.template().values("ha").set("autoscaling.enabled", false).render();

        assertThat(fixed.get("Deployment", FULLNAME).at("spec", "replicas")).isEqualTo(3);
        assertThat(fixed.ofKind("HorizontalPodAutoscaler")).isEmpty();
    }

    @Test
    void keepsTwoPodsUpThroughVoluntaryDisruptions() {
        Manifest pdb = manifests.get("PodDisruptionBudget", FULLNAME);

        assertThat(pdb.at("spec", "minAvailable")).isEqualTo(2);
        assertThat(pdb.at("spec", "maxUnavailable")).isNull();
        assertThat(pdb.mapAt("spec", "selector", "matchLabels")).isEqualTo(deployment.mapAt("spec", "selector", "matchLabels"));
    }

    @Test
    void spreadsPodsOverZones() {
        assertThat(deployment.stringAt(deployment.pod("topologySpreadConstraints", 0, "topologyKey")))
                .isEqualTo("topology.kubernetes.io/zone");
        assertThat(deployment.mapAt(deployment.pod("topologySpreadConstraints", 0, "labelSelector", "matchLabels")))
                .isEqualTo(deployment.mapAt("spec", "selector", "matchLabels"));
        assertThat(deployment.stringAt(deployment.pod("containers", 0, "resources", "limits", "memory"))).isEqualTo("3Gi");
    }
}
