package org.factline.desk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

record ArticleForm(
        @NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.size}")
        String url,

        @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.size}")
        String title,

        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size}")
        String outlet,

        @Size(max = 500, message = "{validation.size}") String authors,
        @Size(max = 200, message = "{validation.size}") String editor,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PastOrPresent(message = "{validation.notFuture}")
        LocalDate publishedOn,

        @NotBlank(message = "{validation.required}") @Pattern(regexp = "[a-z]{2,3}", message = "{desk.error.language}")
        String language,

        @Size(max = 200_000, message = "{validation.size}") String body) {

    static ArticleForm empty() {
        return new ArticleForm("", "", "", "", "", null, "id", "");
    }
}
