/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.journeystudio.viewpoint.DropTool;
import org.journeystudio.viewpoint.ViewpointPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Drop Tool</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.impl.DropToolImpl#getDragSourceClass <em>Drag Source Class</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DropToolImpl extends MappingToolImpl implements DropTool {
	/**
	 * The default value of the '{@link #getDragSourceClass() <em>Drag Source Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDragSourceClass()
	 * @generated
	 * @ordered
	 */
	protected static final String DRAG_SOURCE_CLASS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDragSourceClass() <em>Drag Source Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDragSourceClass()
	 * @generated
	 * @ordered
	 */
	protected String dragSourceClass = DRAG_SOURCE_CLASS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DropToolImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ViewpointPackage.Literals.DROP_TOOL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDragSourceClass() {
		return dragSourceClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDragSourceClass(String newDragSourceClass) {
		String oldDragSourceClass = dragSourceClass;
		dragSourceClass = newDragSourceClass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.DROP_TOOL__DRAG_SOURCE_CLASS, oldDragSourceClass, dragSourceClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ViewpointPackage.DROP_TOOL__DRAG_SOURCE_CLASS:
				return getDragSourceClass();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ViewpointPackage.DROP_TOOL__DRAG_SOURCE_CLASS:
				setDragSourceClass((String)newValue);
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
			case ViewpointPackage.DROP_TOOL__DRAG_SOURCE_CLASS:
				setDragSourceClass(DRAG_SOURCE_CLASS_EDEFAULT);
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
			case ViewpointPackage.DROP_TOOL__DRAG_SOURCE_CLASS:
				return DRAG_SOURCE_CLASS_EDEFAULT == null ? dragSourceClass != null : !DRAG_SOURCE_CLASS_EDEFAULT.equals(dragSourceClass);
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
		result.append(" (dragSourceClass: ");
		result.append(dragSourceClass);
		result.append(')');
		return result.toString();
	}

} //DropToolImpl
