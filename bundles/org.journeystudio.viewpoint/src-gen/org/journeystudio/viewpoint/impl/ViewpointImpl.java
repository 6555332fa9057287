/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.journeystudio.viewpoint.RepresentationDescription;
import org.journeystudio.viewpoint.ValidationRule;
import org.journeystudio.viewpoint.Viewpoint;
import org.journeystudio.viewpoint.ViewpointPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Viewpoint</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.impl.ViewpointImpl#getModelFileExtension <em>Model File Extension</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.ViewpointImpl#getServices <em>Services</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.ViewpointImpl#getRepresentations <em>Representations</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.ViewpointImpl#getValidationRules <em>Validation Rules</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ViewpointImpl extends IdentifiedElementImpl implements Viewpoint {
	/**
	 * The default value of the '{@link #getModelFileExtension() <em>Model File Extension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelFileExtension()
	 * @generated
	 * @ordered
	 */
	protected static final String MODEL_FILE_EXTENSION_EDEFAULT = "journey";

	/**
	 * The cached value of the '{@link #getModelFileExtension() <em>Model File Extension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelFileExtension()
	 * @generated
	 * @ordered
	 */
	protected String modelFileExtension = MODEL_FILE_EXTENSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getServices() <em>Services</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServices()
	 * @generated
	 * @ordered
	 */
	protected EList<String> services;

	/**
	 * The cached value of the '{@link #getRepresentations() <em>Representations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRepresentations()
	 * @generated
	 * @ordered
	 */
	protected EList<RepresentationDescription> representations;

	/**
	 * The cached value of the '{@link #getValidationRules() <em>Validation Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidationRules()
	 * @generated
	 * @ordered
	 */
	protected EList<ValidationRule> validationRules;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ViewpointImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ViewpointPackage.Literals.VIEWPOINT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModelFileExtension() {
		return modelFileExtension;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModelFileExtension(String newModelFileExtension) {
		String oldModelFileExtension = modelFileExtension;
		modelFileExtension = newModelFileExtension;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.VIEWPOINT__MODEL_FILE_EXTENSION, oldModelFileExtension, modelFileExtension));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getServices() {
		if (services == null) {
			services = new EDataTypeUniqueEList<String>(String.class, this, ViewpointPackage.VIEWPOINT__SERVICES);
		}
		return services;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RepresentationDescription> getRepresentations() {
		if (representations == null) {
			representations = new EObjectContainmentEList<RepresentationDescription>(RepresentationDescription.class, this, ViewpointPackage.VIEWPOINT__REPRESENTATIONS);
		}
		return representations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ValidationRule> getValidationRules() {
		if (validationRules == null) {
			validationRules = new EObjectContainmentEList<ValidationRule>(ValidationRule.class, this, ViewpointPackage.VIEWPOINT__VALIDATION_RULES);
		}
		return validationRules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ViewpointPackage.VIEWPOINT__REPRESENTATIONS:
				return ((InternalEList<?>)getRepresentations()).basicRemove(otherEnd, msgs);
			case ViewpointPackage.VIEWPOINT__VALIDATION_RULES:
				return ((InternalEList<?>)getValidationRules()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ViewpointPackage.VIEWPOINT__MODEL_FILE_EXTENSION:
				return getModelFileExtension();
			case ViewpointPackage.VIEWPOINT__SERVICES:
				return getServices();
			case ViewpointPackage.VIEWPOINT__REPRESENTATIONS:
				return getRepresentations();
			case ViewpointPackage.VIEWPOINT__VALIDATION_RULES:
				return getValidationRules();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ViewpointPackage.VIEWPOINT__MODEL_FILE_EXTENSION:
				setModelFileExtension((String)newValue);
				return;
			case ViewpointPackage.VIEWPOINT__SERVICES:
				getServices().clear();
				getServices().addAll((Collection<? extends String>)newValue);
				return;
			case ViewpointPackage.VIEWPOINT__REPRESENTATIONS:
				getRepresentations().clear();
				getRepresentations().addAll((Collection<? extends RepresentationDescription>)newValue);
				return;
			case ViewpointPackage.VIEWPOINT__VALIDATION_RULES:
				getValidationRules().clear();
				getValidationRules().addAll((Collection<? extends ValidationRule>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ViewpointPackage.VIEWPOINT__MODEL_FILE_EXTENSION:
				setModelFileExtension(MODEL_FILE_EXTENSION_EDEFAULT);
				return;
			case ViewpointPackage.VIEWPOINT__SERVICES:
				getServices().clear();
				return;
			case ViewpointPackage.VIEWPOINT__REPRESENTATIONS:
				getRepresentations().clear();
				return;
			case ViewpointPackage.VIEWPOINT__VALIDATION_RULES:
				getValidationRules().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ViewpointPackage.VIEWPOINT__MODEL_FILE_EXTENSION:
				return MODEL_FILE_EXTENSION_EDEFAULT == null ? modelFileExtension != null : !MODEL_FILE_EXTENSION_EDEFAULT.equals(modelFileExtension);
			case ViewpointPackage.VIEWPOINT__SERVICES:
				return services != null && !services.isEmpty();
			case ViewpointPackage.VIEWPOINT__REPRESENTATIONS:
				return representations != null && !representations.isEmpty();
			case ViewpointPackage.VIEWPOINT__VALIDATION_RULES:
				return validationRules != null && !validationRules.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (modelFileExtension: ");
		result.append(modelFileExtension);
		result.append(", services: ");
		result.append(services);
		result.append(')');
		return result.toString();
	}

} //ViewpointImpl
