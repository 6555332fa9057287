/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reconnect Tool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Moves an end of an edge. Variables: self (edge element), oldEnd, newEnd, otherEnd, diagram.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.ReconnectTool#getKind <em>Kind</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.viewpoint.ViewpointPackage#getReconnectTool()
 * @model
 * @generated
 */
public interface ReconnectTool extends MappingTool {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"BOTH"</code>.
	 * The literals are from the enumeration {@link org.journeystudio.viewpoint.ReconnectKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.journeystudio.viewpoint.ReconnectKind
	 * @see #setKind(ReconnectKind)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getReconnectTool_Kind()
	 * @model default="BOTH"
	 * @generated
	 */
	ReconnectKind getKind();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.ReconnectTool#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.journeystudio.viewpoint.ReconnectKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ReconnectKind value);

} // ReconnectTool
