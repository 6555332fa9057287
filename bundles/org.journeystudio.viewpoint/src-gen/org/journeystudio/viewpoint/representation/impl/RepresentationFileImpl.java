/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint.representation.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.journeystudio.viewpoint.representation.Representation;
import org.journeystudio.viewpoint.representation.RepresentationFile;
import org.journeystudio.viewpoint.representation.RepresentationPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>File</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.representation.impl.RepresentationFileImpl#getRepresentations <em>Representations</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.impl.RepresentationFileImpl#getViewpoints <em>Viewpoints</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RepresentationFileImpl extends EObjectImpl implements RepresentationFile {
	/**
	 * The cached value of the '{@link #getRepresentations() <em>Representations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRepresentations()
	 * @generated
	 * @ordered
	 */
	protected EList<Representation> representations;

	/**
	 * The cached value of the '{@link #getViewpoints() <em>Viewpoints</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getViewpoints()
	 * @generated
	 * @ordered
	 */
	protected EList<String> viewpoints;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RepresentationFileImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RepresentationPackage.Literals.REPRESENTATION_FILE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Representation> getRepresentations() {
		if (representations == null) {
			representations = new EObjectContainmentEList<Representation>(Representation.class, this, RepresentationPackage.REPRESENTATION_FILE__REPRESENTATIONS);
		}
		return representations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getViewpoints() {
		if (viewpoints == null) {
			viewpoints = new EDataTypeUniqueEList<String>(String.class, this, RepresentationPackage.REPRESENTATION_FILE__VIEWPOINTS);
		}
		return viewpoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RepresentationPackage.REPRESENTATION_FILE__REPRESENTATIONS:
				return ((InternalEList<?>)getRepresentations()).basicRemove(otherEnd, msgs);
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
			case RepresentationPackage.REPRESENTATION_FILE__REPRESENTATIONS:
				return getRepresentations();
			case RepresentationPackage.REPRESENTATION_FILE__VIEWPOINTS:
				return getViewpoints();
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
			case RepresentationPackage.REPRESENTATION_FILE__REPRESENTATIONS:
				getRepresentations().clear();
				getRepresentations().addAll((Collection<? extends Representation>)newValue);
				return;
			case RepresentationPackage.REPRESENTATION_FILE__VIEWPOINTS:
				getViewpoints().clear();
				getViewpoints().addAll((Collection<? extends String>)newValue);
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
			case RepresentationPackage.REPRESENTATION_FILE__REPRESENTATIONS:
				getRepresentations().clear();
				return;
			case RepresentationPackage.REPRESENTATION_FILE__VIEWPOINTS:
				getViewpoints().clear();
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
			case RepresentationPackage.REPRESENTATION_FILE__REPRESENTATIONS:
				return representations != null && !representations.isEmpty();
			case RepresentationPackage.REPRESENTATION_FILE__VIEWPOINTS:
				return viewpoints != null && !viewpoints.isEmpty();
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
		result.append(" (viewpoints: ");
		result.append(viewpoints);
		result.append(')');
		return result.toString();
	}

} //RepresentationFileImpl
