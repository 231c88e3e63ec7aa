package se.icld.gendernetwork.review.overview.web;

import java.io.IOException;
import java.io.Writer;
import java.security.Principal;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import se.icld.gendernetwork.contracts.calls.Calls;
import se.icld.gendernetwork.review.export.web.ExportDownload;
import se.icld.gendernetwork.review.overview.CallOverview;
import se.icld.gendernetwork.review.overview.Chart;
import se.icld.gendernetwork.review.overview.SvgCharts;
import se.icld.gendernetwork.review.queue.QueueParameters;
import se.icld.gendernetwork.review.web.InvalidParameterException;

/**
 * The console's overview of the call ({@code /console/overview}, reviewers and admins, as the rest
 * of the console): each figure as an inline SVG chart followed by a table of its numbers; and the
 * same figures as CSV ({@code /console/overview.csv}) in the reader's language. Both of every call, or
 * with {@code ?callId=} of one (the page's call form; the CSV link carries the call shown).
 */
@Controller
@RequiredArgsConstructor
class OverviewPageController {

    private final CallOverview overview;
    private final MessageSource messages;
    private final Calls calls;

    /** A call to choose: its id and title in the reader's language. */
    record CallOption(String id, String title) {
    }

    /** A chart and its drawing (escaped SVG, inserted as it is). */
    record Section(Chart chart, String svg) {
    }

    @GetMapping("/console/overview")
    String page(@RequestParam(required = false) String callId, Principal reviewer, Locale locale, Model model,
            HttpServletResponse response) {
        String call = call(callId, response);
        CallOverview.Overview figures = overview.overview(locale, call);
        model.addAttribute("callId", call);
        model.addAttribute("calls", calls.all().stream()
                .map(c -> new CallOption(c.id(), c.titleIn(locale.getLanguage()))).toList());
        model.addAttribute("callTitle", call == null ? null : calls.find(call).map(c -> c.titleIn(locale.getLanguage()))
                .orElse(call));
        List<Section> sections = figures.charts().stream().map(c -> new Section(c, SvgCharts.svg(c))).toList();
        model.addAttribute("reviewer", reviewer.getName());
        model.addAttribute("overview", figures);
        model.addAttribute("sections", sections);
        return "review/console/overview";
    }

    /** The call asked for (null: every call); an id no call has: every call, answered 400. */
    private String call(String callId, HttpServletResponse response) {
        try {
            return QueueParameters.callId(callId, calls);
        } catch (InvalidParameterException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return null;
        }
    }

    @GetMapping("/console/overview.csv")
    void csv(@RequestParam(required = false) String callId, Locale locale, HttpServletResponse response)
            throws IOException {
        String call;
        try {
            call = QueueParameters.callId(callId, calls);
        } catch (InvalidParameterException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        CallOverview.Overview figures = overview.overview(locale, call);
        Writer out = ExportDownload.open(response, call == null ? "call-overview.csv" : "call-overview-" + call + ".csv");
        CallOverview.csv(figures, locale, messages, out);
        out.flush();
    }
}
