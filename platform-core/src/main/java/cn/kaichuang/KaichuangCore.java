package cn.kaichuang;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * Entry point of the core: every feature package below this one is a module of the
 * monolith (see DESIGN §2). Applications import this configuration instead of scanning
 * the packages themselves, so the CLI and the web app get the same core. A new feature
 * package is added to the scan below.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan({"cn.kaichuang.tenancy", "cn.kaichuang.crypto", "cn.kaichuang.identity", "cn.kaichuang.cohort",
        "cn.kaichuang.supervision", "cn.kaichuang.audit", "cn.kaichuang.certificate",
        "cn.kaichuang.protection", "cn.kaichuang.backup", "cn.kaichuang.operations",
        "cn.kaichuang.attendance", "cn.kaichuang.institution", "cn.kaichuang.lecturer",
        "cn.kaichuang.courseware", "cn.kaichuang.question", "cn.kaichuang.submission",
        "cn.kaichuang.review", "cn.kaichuang.exam", "cn.kaichuang.teaching",
        "cn.kaichuang.notification", "cn.kaichuang.evaluation", "cn.kaichuang.selfassessment",
        "cn.kaichuang.assessment", "cn.kaichuang.followup", "cn.kaichuang.outreach"})
@ConfigurationPropertiesScan({"cn.kaichuang.tenancy", "cn.kaichuang.crypto", "cn.kaichuang.identity", "cn.kaichuang.cohort",
        "cn.kaichuang.certificate", "cn.kaichuang.protection", "cn.kaichuang.courseware",
        "cn.kaichuang.submission", "cn.kaichuang.attendance", "cn.kaichuang.teaching",
        "cn.kaichuang.notification", "cn.kaichuang.followup", "cn.kaichuang.outreach"})
@AutoConfigurationPackage
public class KaichuangCore {
}
