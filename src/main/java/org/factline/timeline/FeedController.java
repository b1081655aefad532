package org.factline.timeline;

import jakarta.servlet.http.HttpServletRequest;
import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.factline.claim.TopicManagement;
import org.factline.filter.ClaimFilter;
import org.factline.publishing.PageScopes;
import org.factline.publishing.PublicPage;
import org.factline.shared.Bilingual;
import org.factline.shared.LanguageAddresses;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Atom feeds of published fact-checks: all of them, one speaker's, one topic's. */
@Controller
class FeedController {

    static final MediaType ATOM = MediaType.valueOf("application/atom+xml;charset=UTF-8");
    private static final int ENTRIES = 50;

    /** Where a title's pattern takes the headline: a private-use character no message holds. */
    private static final String HEADLINE = "\uE000";

    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private final ClaimListings listings;
    private final ReaderPages pages;
    private final RetractionNotices retractions;
    private final PublicSite site;
    private final MessageSource messages;
    private final PublishedUpdates updates;
    private final TopicManagement topics;
    private final Organisation organisation;

    FeedController(
            ClaimListings listings,
            ReaderPages pages,
            RetractionNotices retractions,
            PublicSite site,
            MessageSource messages,
            PublishedUpdates updates,
            TopicManagement topics,
            Organisation organisation) {
        this.listings = listings;
        this.pages = pages;
        this.retractions = retractions;
        this.site = site;
        this.messages = messages;
        this.updates = updates;
        this.topics = topics;
        this.organisation = organisation;
    }

    @PublicPage
    @GetMapping("/feed.atom")
    ResponseEntity<String> all(Locale locale) {
        var page = listings.page(ClaimFilter.none(), ClaimListings.Order.LATEST, ENTRIES);
        return atom(
                "/feed.atom",
                "/",
                messages.getMessage("feed.all", null, locale),
                page.cards(),
                retractions.latest(ENTRIES),
                locale);
    }

    @PublicPage(stored = true)
    @GetMapping("/speakers/{slug:[a-z0-9-]{1,200}}/feed.atom")
    ResponseEntity<String> speaker(@PathVariable String slug, Locale locale, HttpServletRequest request) {
        var speaker = pages.speakerPage(slug, 0).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        PageScopes.shows(request, Set.of(PageScope.speaker(slug)));
        var filter = ClaimFilter.ofSpeaker(slug, 0);
        var page = listings.page(filter, ClaimListings.Order.LATEST, ENTRIES);
        var title = messages.getMessage(
                "feed.speaker", new Object[] {speaker.speaker().getName()}, locale);
        return atom("/speakers/" + slug + "/feed.atom", "/speakers/" + slug, title, page.cards(), List.of(), locale);
    }

    @PublicPage(stored = true)
    @GetMapping("/topics/{slug:[a-z0-9-]{1,200}}/feed.atom")
    ResponseEntity<String> topic(@PathVariable String slug, Locale locale, HttpServletRequest request) {
        var moved = topics.movedTo(slug);
        if (moved.isPresent()) {
            // the feed of a topic renamed or merged into another follows it, as its page does
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                    .location(URI.create("/topics/" + moved.get().getSlug() + "/feed.atom"))
                    .build();
        }
        var topic = listings.topic(slug, locale).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        PageScopes.shows(request, Set.of(PageScope.topic(slug)));
        var filter = ClaimFilter.ofTopic(slug, 0);
        var page = listings.page(filter, ClaimListings.Order.LATEST, ENTRIES);
        var title = messages.getMessage("feed.topic", new Object[] {topic.name()}, locale);
        return atom("/topics/" + slug + "/feed.atom", "/topics/" + slug, title, page.cards(), List.of(), locale);
    }

    /** The feed of these fact-checks and, in the site's feed, the latest retractions, each an entry of its own. */
    private ResponseEntity<String> atom(
            String self,
            String alternate,
            String title,
            List<ClaimCard> cards,
            List<RetractionNotices.Notice> retracted,
            Locale locale) {
        try {
            var out = new StringWriter();
            XMLStreamWriter xml = CleanXml.writer(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
            xml.writeAttribute("xml:lang", locale.getLanguage());
            element(xml, "id", site.absolute(LanguageAddresses.of(locale.getLanguage(), self)));
            element(xml, "title", title);
            var noted = updates.lastNoted(cards.stream().map(ClaimCard::id).toList());
            var updated = java.util.stream.Stream.concat(
                            cards.stream()
                                    .map(card -> EntryDates.of(card, noted.get(card.id()))
                                            .updated()),
                            retracted.stream().map(RetractionNotices.Notice::retractedAt))
                    .max(Instant::compareTo)
                    .orElse(Instant.EPOCH);
            element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
            link(xml, "self", site.absolute(LanguageAddresses.of(locale.getLanguage(), self)), "application/atom+xml");
            link(xml, "alternate", site.absolute(LanguageAddresses.of(locale.getLanguage(), alternate)), "text/html");
            author(xml);
            for (var card : cards) {
                var dates = EntryDates.of(card, noted.get(card.id()));
                xml.writeStartElement("entry");
                element(xml, "id", site.absolute("/claims/" + card.id()));
                title(xml, card.rating().getLabel(locale) + ": " + HEADLINE, card.summaryIn(locale.getLanguage()));
                link(
                        xml,
                        "alternate",
                        site.absolute(LanguageAddresses.of(locale.getLanguage(), card.path())),
                        "text/html");
                element(xml, "published", DateTimeFormatter.ISO_INSTANT.format(dates.published()));
                element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(dates.updated()));
                author(xml);
                xml.writeStartElement("category");
                xml.writeAttribute("term", card.rating().code());
                xml.writeAttribute("label", card.rating().getLabel(locale));
                xml.writeEndElement();
                element(xml, "summary", card.verdictSummaryIn(locale.getLanguage()));
                xml.writeEndElement();
            }
            for (var notice : retracted) {
                retraction(xml, notice, locale);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return ResponseEntity.ok().contentType(ATOM).body(out.toString());
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the feed", e);
        }
    }

    /**
     * A retraction: an entry of its own (the fact-check's entry leaves the feed with it), titled as
     * retracted, its summary the public reason, linking to the notice at the fact-check's address.
     */
    private void retraction(XMLStreamWriter xml, RetractionNotices.Notice notice, Locale locale)
            throws XMLStreamException {
        var at = DateTimeFormatter.ISO_INSTANT.format(notice.retractedAt());
        xml.writeStartElement("entry");
        element(xml, "id", site.absolute("/claims/" + notice.claimId()) + "#retraction-" + notice.id());
        title(
                xml,
                messages.getMessage("feed.retracted", new Object[] {HEADLINE}, locale),
                notice.summaryIn(locale.getLanguage()));
        link(xml, "alternate", site.absolute(LanguageAddresses.of(locale.getLanguage(), notice.path())), "text/html");
        element(xml, "published", at);
        element(xml, "updated", at);
        author(xml);
        xml.writeEmptyElement("category");
        xml.writeAttribute("term", "retracted");
        xml.writeAttribute("label", messages.getMessage("retraction.label", null, locale));
        element(xml, "summary", notice.reason());
        xml.writeEndElement();
    }

    /**
     * The newsroom, as the author of the feed and of each entry (RFC 4287 4.2.1): a fact-check is written by
     * the fact-checkers, never by the person whose claim it checks.
     */
    private void author(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("author");
        element(xml, "name", organisation.name());
        element(xml, "uri", organisation.homePage(site));
        xml.writeEndElement();
    }

    /**
     * An entry's dates: published when the claim was published (RFC 4287 wants {@code published} no later
     * than {@code updated}; the first verdict's time, a few milliseconds from the claim's in the same
     * transaction, used to come after it), updated by a correction (a newer verdict) or a published update
     * of the claim, never before it was published.
     */
    record EntryDates(Instant published, Instant updated) {

        static EntryDates of(ClaimCard card, Instant lastNoted) {
            var published = card.publishedAt();
            var updated = PublishedUpdates.latest(card.verdictPublishedAt(), lastNoted);
            return new EntryDates(published, updated.isBefore(published) ? published : updated);
        }
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    /** A text in the feed's language, or marked with its own when it is not translated yet. */
    private static void element(XMLStreamWriter xml, String name, Bilingual.Shown text) throws XMLStreamException {
        xml.writeStartElement(name);
        if (text.lang() != null) {
            xml.writeAttribute("xml:lang", text.lang());
        }
        xml.writeCharacters(text.toString());
        xml.writeEndElement();
    }

    /**
     * An entry's title: our words ({@code pattern}, the headline at {@link #HEADLINE}) and the headline. A headline
     * not yet translated into the feed's language is marked with its own: the title is then XHTML (RFC 4287
     * 3.1.1.3), the headline a {@code span} with its {@code xml:lang}, so a reader's screen reader or translator
     * reads each part in its language.
     */
    private static void title(XMLStreamWriter xml, String pattern, Bilingual.Shown headline) throws XMLStreamException {
        int at = pattern.indexOf(HEADLINE);
        var before = pattern.substring(0, at);
        var after = pattern.substring(at + HEADLINE.length());
        xml.writeStartElement("title");
        if (headline.lang() == null) {
            xml.writeCharacters(before + headline + after);
        } else {
            xml.writeAttribute("type", "xhtml");
            xml.writeStartElement("div");
            xml.writeDefaultNamespace(XHTML);
            xml.writeCharacters(before);
            xml.writeStartElement("span");
            xml.writeAttribute("xml:lang", headline.lang());
            xml.writeAttribute("lang", headline.lang());
            xml.writeCharacters(headline.toString());
            xml.writeEndElement();
            xml.writeCharacters(after);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }
}
