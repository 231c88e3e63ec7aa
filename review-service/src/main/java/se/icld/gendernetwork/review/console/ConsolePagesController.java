package se.icld.gendernetwork.review.console;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The console's own login page and the page for a signed-in user without the reviewer role. */
@Controller
class ConsolePagesController {

    @GetMapping("/console/login")
    String login() {
        return "review/console/login";
    }

    @RequestMapping("/console/denied")
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String denied() {
        return "review/console/denied";
    }
}
