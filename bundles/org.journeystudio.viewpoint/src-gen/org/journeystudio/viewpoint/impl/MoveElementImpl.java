/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.journeystudio.viewpoint.MoveElement;
import org.journeystudio.viewpoint.ViewpointPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Move Element</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.impl.MoveElementImpl#getNewContainerExpression <em>New Container Expression</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.MoveElementImpl#getFeatureName <em>Feature Name</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.MoveElementImpl#getIndexExpression <em>Index Expression</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MoveElementImpl extends ContainerOperationImpl implements MoveElement {
	/**
	 * The default value of the '{@link #getNewContainerExpression() <em>New Container Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewContainerExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String NEW_CONTAINER_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNewContainerExpression() <em>New Container Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewContainerExpression()
	 * @generated
	 * @ordered
	 */
	protected String newContainerExpression = NEW_CONTAINER_EXPRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getFeatureName() <em>Feature Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeatureName()
	 * @generated
	 * @ordered
	 */
	protected static final String FEATURE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFeatureName() <em>Feature Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeatureName()
	 * @generated
	 * @ordered
	 */
	protected String featureName = FEATURE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getIndexExpression() <em>Index Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndexExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String INDEX_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIndexExpression() <em>Index Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndexExpression()
	 * @generated
	 * @ordered
	 */
	protected String indexExpression = INDEX_EXPRESSION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MoveElementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ViewpointPackage.Literals.MOVE_ELEMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNewContainerExpression() {
		return newContainerExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNewContainerExpression(String newNewContainerExpression) {
		String oldNewContainerExpression = newContainerExpression;
		newContainerExpression = newNewContainerExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.MOVE_ELEMENT__NEW_CONTAINER_EXPRESSION, oldNewContainerExpression, newContainerExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFeatureName() {
		return featureName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFeatureName(String newFeatureName) {
		String oldFeatureName = featureName;
		featureName = newFeatureName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.MOVE_ELEMENT__FEATURE_NAME, oldFeatureName, featureName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIndexExpression() {
		return indexExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndexExpression(String newIndexExpression) {
		String oldIndexExpression = indexExpression;
		indexExpression = newIndexExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.MOVE_ELEMENT__INDEX_EXPRESSION, oldIndexExpression, indexExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ViewpointPackage.MOVE_ELEMENT__NEW_CONTAINER_EXPRESSION:
				return getNewContainerExpression();
			case ViewpointPackage.MOVE_ELEMENT__FEATURE_NAME:
				return getFeatureName();
			case ViewpointPackage.MOVE_ELEMENT__INDEX_EXPRESSION:
				return getIndexExpression();
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
			case ViewpointPackage.MOVE_ELEMENT__NEW_CONTAINER_EXPRESSION:
				setNewContainerExpression((String)newValue);
				return;
			case ViewpointPackage.MOVE_ELEMENT__FEATURE_NAME:
				setFeatureName((String)newValue);
				return;
			case ViewpointPackage.MOVE_ELEMENT__INDEX_EXPRESSION:
				setIndexExpression((String)newValue);
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
			case ViewpointPackage.MOVE_ELEMENT__NEW_CONTAINER_EXPRESSION:
				setNewContainerExpression(NEW_CONTAINER_EXPRESSION_EDEFAULT);
				return;
			case ViewpointPackage.MOVE_ELEMENT__FEATURE_NAME:
				setFeatureName(FEATURE_NAME_EDEFAULT);
				return;
			case ViewpointPackage.MOVE_ELEMENT__INDEX_EXPRESSION:
				setIndexExpression(INDEX_EXPRESSION_EDEFAULT);
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
			case ViewpointPackage.MOVE_ELEMENT__NEW_CONTAINER_EXPRESSION:
				return NEW_CONTAINER_EXPRESSION_EDEFAULT == null ? newContainerExpression != null : !NEW_CONTAINER_EXPRESSION_EDEFAULT.equals(newContainerExpression);
			case ViewpointPackage.MOVE_ELEMENT__FEATURE_NAME:
				return FEATURE_NAME_EDEFAULT == null ? featureName != null : !FEATURE_NAME_EDEFAULT.equals(featureName);
			case ViewpointPackage.MOVE_ELEMENT__INDEX_EXPRESSION:
				return INDEX_EXPRESSION_EDEFAULT == null ? indexExpression != null : !INDEX_EXPRESSION_EDEFAULT.equals(indexExpression);
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
		result.append(" (newContainerExpression: ");
		result.append(newContainerExpression);
		result.append(", featureName: ");
		result.append(featureName);
		result.append(", indexExpression: ");
		result.append(indexExpression);
		result.append(')');
		return result.toString();
	}

} //MoveElementImpl
