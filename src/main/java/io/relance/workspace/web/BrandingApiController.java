package io.relance.workspace.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.relance.workspace.Branding;
import io.relance.workspace.BrandingChanges;
import io.relance.workspace.BrandingManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The branding and legal details printed on the workspace's documents: read by members, changed by admins. */
@RestController
@RequestMapping("/api/v1/settings/branding")
@Tag(name = "Workspace", description = "The signed-in user, users, API tokens and workspace settings")
record BrandingApiController(BrandingManagement brandings) {

    record LogoView(UUID id, String contentType, int width, int height, String url) {}

    /** The texts and version as {@link BrandingChanges} has them, and the logo's description. */
    record BrandingView(@JsonUnwrapped BrandingChanges texts, LogoView logo) {

        static BrandingView of(Branding b) {
            Branding.Logo l = b.logo();
            LogoView logo = l == null
                    ? null
                    : new LogoView(
                            l.id(), l.contentType(), l.width(), l.height(), "/api/v1/settings/branding/logo/" + l.id());
            return new BrandingView(BrandingChanges.of(b), logo);
        }
    }

    @GetMapping
    @Operation(summary = "The workspace's branding and legal details (version 0: never saved)")
    BrandingView branding(@AuthenticationPrincipal RelanceUser me) {
        return BrandingView.of(brandings.brandingWithoutLogoBytes(me.workspaceId()));
    }

    @PutMapping
    @Operation(
            summary = "Change the branding's texts (admins); every field optional (null or blank: none), version"
                    + " required (0 before the first save)")
    BrandingView change(@AuthenticationPrincipal RelanceUser me, @RequestBody BrandingChanges body) {
        if (body == null) {
            throw new InvalidInputException("version", "validation.version");
        }
        return BrandingView.of(brandings.change(me, body));
    }

    @GetMapping("/logo/{logoId}")
    @Operation(summary = "The logo's bytes (PNG or JPEG); its id changes with each upload")
    ResponseEntity<byte[]> logo(@AuthenticationPrincipal RelanceUser me, @PathVariable String logoId) {
        return BrandingController.LogoAnswer.of(brandings.logo(me.workspaceId(), Ids.parse(logoId)));
    }

    @PutMapping(path = "/logo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Put a new logo in (admins): multipart part 'file', a PNG or JPEG of at most 512 KB and 2000"
                    + " pixels a side; parameter 'version' the one read")
    BrandingView changeLogo(
            @AuthenticationPrincipal RelanceUser me,
            @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) Long version) {
        try {
            return BrandingView.of(brandings.changeLogo(me, file.getBytes(), version));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DeleteMapping("/logo")
    @Operation(summary = "Take the logo out (admins); parameter 'version' the one read")
    BrandingView removeLogo(@AuthenticationPrincipal RelanceUser me, @RequestParam(required = false) Long version) {
        return BrandingView.of(brandings.removeLogo(me, version));
    }
}
