package se.icld.gendernetwork.review.overview.web;

import java.io.IOException;
import java.io.Writer;
import java.security.Principal;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import jakarta.servlet.http.HttpServletResponse;
import se.icld.gendernetwork.review.export.web.ExportDownload;
import se.icld.gendernetwork.review.overview.CallOverview;
import se.icld.gendernetwork.review.overview.Chart;
import se.icld.gendernetwork.review.overview.SvgCharts;

/**
 * The console's overview of the call ({@code /console/overview}, reviewers and admins, as the rest
 * of the console): each figure as an inline SVG chart followed by a table of its numbers; and the
 * same figures as CSV ({@code /console/overview.csv}) in the reader's language.
 */
@Controller
class OverviewPageController {

    private final CallOverview overview;
    private final MessageSource messages;

    OverviewPageController(CallOverview overview, MessageSource messages) {
        this.overview = overview;
        this.messages = messages;
    }

    /** A chart and its drawing (escaped SVG, inserted as it is). */
    record Section(Chart chart, String svg) {
    }

    @GetMapping("/console/overview")
    String page(Principal reviewer, Locale locale, Model model) {
        CallOverview.Overview figures = overview.overview(locale);
        List<Section> sections = figures.charts().stream().map(c -> new Section(c, SvgCharts.svg(c))).toList();
        model.addAttribute("reviewer", reviewer.getName());
        model.addAttribute("overview", figures);
        model.addAttribute("sections", sections);
        return "review/console/overview";
    }

    @GetMapping("/console/overview.csv")
    void csv(Locale locale, HttpServletResponse response) throws IOException {
        CallOverview.Overview figures = overview.overview(locale);
        Writer out = ExportDownload.open(response, "call-overview.csv");
        CallOverview.csv(figures, locale, messages, out);
        out.flush();
    }
}
