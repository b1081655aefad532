package org.factline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.factline.account.AccountManagement;
import org.factline.account.AppUser;
import org.factline.account.Role;
import org.factline.article.Article;
import org.factline.article.ArticleManagement;
import org.factline.article.NewArticle;
import org.factline.claim.Attribution;
import org.factline.claim.Claim;
import org.factline.claim.ClaimManagement;
import org.factline.claim.DatePrecision;
import org.factline.claim.NewAppearance;
import org.factline.claim.NewClaim;
import org.factline.claim.QuoteKind;
import org.factline.speaker.NewSpeaker;
import org.factline.speaker.Speaker;
import org.factline.speaker.SpeakerKind;
import org.factline.speaker.SpeakerManagement;
import org.springframework.context.ApplicationContext;

/**
 * Small builders of test data through the modules' own APIs. Every name and URL carries a unique
 * suffix, so tests sharing one database never collide.
 */
public final class TestData {

    private final AccountManagement accounts;
    private final SpeakerManagement speakers;
    private final ArticleManagement articles;
    private final ClaimManagement claims;

    public TestData(ApplicationContext context) {
        this.accounts = context.getBean(AccountManagement.class);
        this.speakers = context.getBean(SpeakerManagement.class);
        this.articles = context.getBean(ArticleManagement.class);
        this.claims = context.getBean(ClaimManagement.class);
    }

    public static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public AppUser user(Role... roles) {
        var name = unique("user");
        return accounts.createUser(
                name.replace(' ', '-') + "@example.org", name, "correct horse battery staple", Set.of(roles));
    }

    public Speaker matsegora() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        return speakers.create(new NewSpeaker(
                SpeakerKind.PERSON,
                "Alexander Matsegora " + suffix,
                "Russian diplomat.",
                "Russian ambassador to North Korea",
                null,
                List.of("Александр Мацегора " + suffix),
                List.of(new NewSpeaker.HeldRole(
                        "Russian ambassador to North Korea", LocalDate.of(2014, 12, 1), null))));
    }

    public Article tribunWow() {
        return tribunWow("");
    }

    /** TribunWow's article with these words added to its stored text, to quote them directly. */
    public Article tribunWow(String alsoSaying) {
        return articles.record(new NewArticle(
                "https://wow.tribunnews.com/2022/08/17/" + UUID.randomUUID(),
                "Tiru Manuver Putin Dekati Korea Utara",
                "TribunWow",
                List.of("Noviana Primaresti"),
                "Atri Wahyu Mukti",
                "id",
                Instant.parse("2022-08-17T05:00:00Z"),
                Instant.parse("2022-08-18T02:00:00Z"),
                "Bulan lalu, duta besar Rusia di Pyongyang, Alexander Matsegora, mengatakan tenaga kerja Korea Utara "
                        + "dapat dikirim untuk membantu membangun kembali infrastruktur yang hancur."
                        + (alsoSaying.isEmpty() ? "" : "\n" + alsoSaying),
                null));
    }

    /** Matsegora's July 2022 remark to Izvestia on North Korean labour, as a draft with one appearance. */
    public Claim matsegoraLabourClaim() {
        var speaker = matsegora();
        var article = tribunWow();
        var claim = claims.create(new NewClaim(
                speaker.getId(),
                "Tenaga kerja Korea Utara dapat dikirim untuk membantu membangun kembali infrastruktur.",
                "id",
                "North Korean workers could be sent to help rebuild infrastructure.",
                "en",
                "North Korean workers could rebuild Donbas",
                LocalDate.of(2022, 7, 18),
                DatePrecision.MONTH,
                "in an interview with Izvestia",
                List.of("North Korea, Russia and Donbas"),
                null,
                null));
        claims.addAppearance(
                claim.getId(),
                new NewAppearance(
                        article.getId(),
                        "tenaga kerja Korea Utara dapat dikirim",
                        null,
                        null,
                        QuoteKind.PARAPHRASE,
                        List.of(new Attribution("Izvestia", null))));
        return claims.findForDesk(claim.getId()).orElseThrow();
    }
}
