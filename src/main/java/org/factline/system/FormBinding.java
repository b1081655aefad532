package org.factline.system;

import java.util.List;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.stereotype.Component;
import org.springframework.validation.AbstractPropertyBindingResult;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.InitBinderDataBinderFactory;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;

/**
 * A form record with a value that cannot be read (an option the form does not offer, a number that is not
 * one) is still built, with null there, and handed to the controller; but Spring leaves its binding result
 * without the form, so the page showing the form again could read none of it and failed with a 500. Here
 * the binding result holds the form built, with the same errors: the form comes back as typed, the value
 * refused beside its field.
 */
@Component
class FormBinding implements WebMvcRegistrations {

    @Override
    public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
        return new RequestMappingHandlerAdapter() {
            @Override
            protected InitBinderDataBinderFactory createDataBinderFactory(List<InvocableHandlerMethod> methods) {
                return new ServletRequestDataBinderFactory(methods, getWebBindingInitializer()) {
                    @Override
                    protected ServletRequestDataBinder createBinderInstance(
                            Object target, String name, NativeWebRequest request) {
                        return new FormKeepingBinder(target, name);
                    }
                };
            }
        };
    }

    private static final class FormKeepingBinder extends ExtendedServletRequestDataBinder {

        private BeanPropertyBindingResult withForm;

        FormKeepingBinder(Object target, String name) {
            super(target, name);
        }

        @Override
        protected AbstractPropertyBindingResult getInternalBindingResult() {
            var result = super.getInternalBindingResult();
            if (result.getTarget() != null || getTarget() == null) {
                return result;
            }
            if (withForm == null) {
                withForm = new BeanPropertyBindingResult(getTarget(), getObjectName());
                withForm.setMessageCodesResolver(result.getMessageCodesResolver());
                if (getConversionService() != null) {
                    withForm.initConversion(getConversionService());
                }
                withForm.addAllErrors(result);
            }
            return withForm;
        }
    }
}
