package io.github.ocnmailsetup.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.transform.Source;
import org.junit.jupiter.api.Test;
import org.xmlunit.builder.Input;
import org.xmlunit.xpath.JAXPXPathEngine;

class AutodiscoverWriterTest {

    private static final Map<String, String> NS = Map.of(
            "a", AutodiscoverWriter.AUTODISCOVER_NS,
            "r", AutodiscoverWriter.RESPONSE_NS);

    private final byte[] xml = ProfileExporter.render(Samples.request(Locale.ENGLISH), ExportFormat.AUTODISCOVER);

    private String xpath(String expression) {
        JAXPXPathEngine engine = new JAXPXPathEngine();
        engine.setNamespaceContext(NS);
        Source source = Input.fromByteArray(xml).build();
        return engine.evaluate(expression, source);
    }

    private String pop(String element) {
        return xpath("/a:Autodiscover/r:Response/r:Account/r:Protocol[r:Type='POP3']/r:" + element);
    }

    private String smtp(String element) {
        return xpath("/a:Autodiscover/r:Response/r:Account/r:Protocol[r:Type='SMTP']/r:" + element);
    }

    @Test
    void that_the_response_is_an_email_account_with_settings_in_outlooks_namespaces() {
        assertThat(xpath("count(/a:Autodiscover/r:Response/r:Account)")).isEqualTo("1");
        assertThat(xpath("/a:Autodiscover/r:Response/r:Account/r:AccountType")).isEqualTo("email");
        assertThat(xpath("/a:Autodiscover/r:Response/r:Account/r:Action")).isEqualTo("settings");
        assertThat(xpath("count(//r:Protocol)")).isEqualTo("2");
    }

    @Test
    void that_pop3_has_ssl_on_and_spa_off_written_out() {
        assertThat(pop("Server")).isEqualTo("pop.ocn.ne.jp");
        assertThat(pop("Port")).isEqualTo("995");
        assertThat(pop("LoginName")).isEqualTo("taro@abc.ocn.ne.jp");
        assertThat(pop("DomainRequired")).isEqualTo("off");
        assertThat(pop("SPA")).isEqualTo("off");
        assertThat(pop("SSL")).isEqualTo("on");
        assertThat(pop("AuthRequired")).isEqualTo("on");
        assertThat(xpath("count(//r:Protocol[r:Type='POP3']/r:UsePOPAuth)")).isEqualTo("0");
    }

    @Test
    void that_smtp_uses_the_pop_credentials_with_ssl_and_no_spa() {
        assertThat(smtp("Server")).isEqualTo("smtp.ocn.ne.jp");
        assertThat(smtp("Port")).isEqualTo("465");
        assertThat(smtp("LoginName")).isEqualTo("taro@abc.ocn.ne.jp");
        assertThat(smtp("SPA")).isEqualTo("off");
        assertThat(smtp("SSL")).isEqualTo("on");
        assertThat(smtp("AuthRequired")).isEqualTo("on");
        assertThat(smtp("UsePOPAuth")).isEqualTo("on");
    }

    @Test
    void that_the_elements_follow_the_order_of_microsofts_protocol_reference() {
        List<String> reference = List.of("Type", "Server", "Port", "LoginName", "DomainRequired", "SPA", "SSL",
                "AuthRequired", "UsePOPAuth");

        assertThat(List.of(names("SMTP").split(","))).isEqualTo(reference);
        assertThat(List.of(names("POP3").split(","))).isEqualTo(reference.subList(0, reference.size() - 1));
    }

    private String names(String type) {
        StringBuilder out = new StringBuilder();
        int count = Integer.parseInt(xpath("count(//r:Protocol[r:Type='" + type + "']/*)"));
        for (int i = 1; i <= count; i++) {
            out.append(i > 1 ? "," : "").append(xpath("local-name(//r:Protocol[r:Type='" + type + "']/*[" + i + "])"));
        }
        return out.toString();
    }

    @Test
    void that_no_password_is_ever_written() {
        byte[] xml = ProfileExporter.render(Samples.request(Locale.ENGLISH), ExportFormat.AUTODISCOVER);

        assertThat(Samples.string(xml)).doesNotContainIgnoringCase("password");
    }
}
