package io.relance.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.ui.Model;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/**
 * Gives a handler its {@link HtmxAnswer}: the request's model, and redirect attributes kept as Spring MVC keeps those
 * of a {@code RedirectAttributes} parameter (their flash attributes reach the next page after a redirect).
 */
@Configuration(proxyBeanMethods = false)
class HtmxAnswerResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return HtmxAnswer.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest webRequest,
            WebDataBinderFactory binders)
            throws Exception {
        RedirectAttributesModelMap redirect = binders == null
                ? new RedirectAttributesModelMap()
                : new RedirectAttributesModelMap(
                        binders.createBinder(webRequest, null, DataBinder.DEFAULT_OBJECT_NAME));
        container.setRedirectModel(redirect);
        return new HtmxAnswer(
                webRequest.getNativeRequest(HttpServletRequest.class),
                webRequest.getNativeResponse(HttpServletResponse.class),
                (Model) container.getModel(), // a BindingAwareModelMap, as Spring MVC gives a Model parameter
                redirect);
    }
}
